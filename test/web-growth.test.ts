/** Direction, goals and evidence, the quarterly review and the brag export: every route, good input and each kind of bad input. */
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAccomplishment } from '../src/app/brag.service.js';
import { checkIn } from '../src/app/check-in.service.js';
import { fixedClock } from '../src/app/context.js';
import { addGoal, linkEvidence, setDirection } from '../src/app/direction.service.js';
import { startJob } from '../src/app/jobs.service.js';
import { initKeel } from '../src/app/setup.service.js';
import { type Fields, setUpKeel, textOf, type WebKeel, webKeel } from './helpers/web.js';

let k: WebKeel;
beforeEach(async () => {
  k = await setUpKeel();
});
afterEach(() => k.close());

const text = (path: string) => k.text(path);
const refused = (path: string, fields: Fields, status: number, message: string) => k.refused(path, fields, status, message);

/** A GET with bad query parameters: refused with `status`, says `message`, is a page (not a download) and changes nothing. */
async function refusedGet(path: string, status: number, message: string): Promise<void> {
  const before = await k.snapshot();
  const res = await k.get(path);
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  expect(res.headers.get('content-disposition')).toBeNull();
  expect(textOf(await res.text())).toContain(message);
  expect(await k.snapshot()).toBe(before);
}

const win = (text: string, on: string, kind?: string) => addAccomplishment(k.ctx, { text, achievedOn: on, ...(kind ? { kind } : {}) });

describe('direction', () => {
  it('teaches when nothing is set yet: the tracks and the four archetypes', async () => {
    const page = await text('/direction');
    expect(page).toContain('You have not set a direction yet.');
    expect(page).toContain('Manager or principal IC? Manager grows through people');
    expect(page).toContain('Principal IC grows through technical scope as an individual contributor');
    expect(page).toContain('The four staff archetypes');
    for (const line of [
      'Tech lead guides the approach and execution of a team or a few teams.',
      'Architect owns the direction and quality of a critical area.',
      'Solver digs into hard problems wherever they are and finds a path.',
      "Right hand extends a leader's reach, borrowing their scope and authority.",
    ])
      expect(page).toContain(line);
    expect(page).toContain('No goals yet. A goal is something you want to grow into');
  });

  it('sets the direction and shows it with the meaning of the archetype', async () => {
    const res = await k.post('/direction', { track: 'principal-ic', archetype: 'architect', breadth: 'deep', note: 'Storage is where I want to go deep' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/direction?done=set');
    expect(await k.ctx.store.listDirections()).toMatchObject([
      { setOn: '2026-11-29', track: 'principal-ic', archetype: 'architect', breadth: 'deep', note: 'Storage is where I want to go deep' },
    ]);
    const page = await text('/direction?done=set');
    expect(page).toContain('Saved your direction.');
    expect(page).toContain(
      'Where you are heading Track Principal IC — grows through technical scope as an individual contributor: hard problems, wide designs, standards others build on Archetype Architect — owns the direction and quality of a critical area Breadth Deep — mastery of one area Note Storage is where I want to go deep Set on Sun 29 Nov 2026',
    );
    expect(page).not.toContain('You have not set a direction yet.');
    // The form starts from what is set, so sending it again unchanged is harmless.
    const html = await (await k.get('/direction')).text();
    expect(html).toContain('<input type="radio" name="track" value="principal-ic" checked>');
    expect(html).toContain('<input type="radio" name="archetype" value="architect" checked>');
  });

  it('says nothing changed when the same direction (or nothing at all) is sent, and writes nothing', async () => {
    await k.post('/direction', { track: 'manager', archetype: 'tech-lead', breadth: 'wide' });
    const before = await k.snapshot();
    let res = await k.post('/direction', { track: 'manager', archetype: 'tech-lead', breadth: 'wide', note: '' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/direction?done=unchanged');
    res = await k.post('/direction', {});
    expect(res.headers.get('location')).toBe('/direction?done=unchanged');
    expect(await k.snapshot()).toBe(before);
    expect(await text('/direction?done=unchanged')).toContain('Nothing changed: your direction is as it was.');
  });

  it('keeps a dated history; a change of one field carries the others over', async () => {
    await setDirection({ ...k.ctx, clock: fixedClock('2026-03-02') }, { track: 'undecided', archetype: 'solver' });
    const res = await k.post('/direction', { track: 'principal-ic' });
    expect(res.headers.get('location')).toBe('/direction?done=set');
    expect((await k.ctx.store.listDirections()).at(-1)).toMatchObject({ track: 'principal-ic', archetype: 'solver', breadth: null });
    expect(await text('/direction')).toContain('History Set on Direction Note 2026-11-29 Principal IC · Solver 2026-03-02 Undecided · Solver');
  });

  it.each<[string, Fields, string]>([
    ['an unknown track', { track: 'wizard' }, 'Must be manager, principal-ic or undecided (got "wizard").'],
    ['an unknown archetype', { track: 'manager', archetype: 'oracle' }, 'Must be tech-lead, architect, solver or right-hand (got "oracle").'],
    ['an unknown breadth', { breadth: 'tall' }, 'Must be wide or deep (got "tall").'],
    ['a note over 2000 characters', { track: 'manager', note: 'n'.repeat(2001) }, 'Must be at most 2000 characters'],
  ])('refuses %s', (_, fields, message) => refused('/direction', fields, 400, message));

  it('refuses a post without the form token, or with a wrong one, and changes nothing', async () => {
    const before = await k.snapshot();
    for (const csrf of [null, 'guessed-token']) {
      const res = await k.post('/direction', { track: 'manager' }, { csrf });
      expect(res.status).toBe(403);
      expect(textOf(await res.text())).toContain('This form is out of date (Keel may have restarted).');
    }
    const res = await k.post('/review/search', {}, { csrf: null });
    expect(res.status).toBe(403);
    expect(await k.snapshot()).toBe(before);
  });
});

describe('goals and evidence', () => {
  it('adds a goal; with no evidence yet it says so kindly and points to the brag document', async () => {
    const res = await k.post('/direction/goals', { text: 'Lead a cross-team design' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/direction?done=goal#goal-1');
    expect(await k.ctx.store.listGoals()).toMatchObject([{ id: 1, text: 'Lead a cross-team design', setOn: '2026-11-29', evidence: [] }]);
    const html = await (await k.get('/direction?done=goal')).text();
    const page = textOf(html);
    expect(page).toContain('Added the goal.');
    expect(page).toContain('Lead a cross-team design A goal since Sun 29 Nov 2026 . No evidence yet, and that is fine: goals take time.');
    expect(page).toContain('No wins logged yet. Log a win on your brag document .');
    expect(html).toContain('write it in <a href="/brag">your brag document</a>');
  });

  it.each<[string, Fields, number, string]>([
    ['an empty goal', { text: '   ' }, 400, 'A goal to grow into e.g. Lead a cross-team design Needs an answer.'],
    ['a goal over 500 characters', { text: 'g'.repeat(501) }, 400, 'Must be at most 500 characters'],
  ])('refuses %s', (_, fields, status, message) => refused('/direction/goals', fields, status, message));

  it('refuses the same goal twice (whatever the case)', async () => {
    await addGoal(k.ctx, 'Lead a cross-team design');
    await refused('/direction/goals', { text: 'lead a cross-team DESIGN' }, 409, 'A goal "lead a cross-team DESIGN" already exists.');
  });

  it('links wins as evidence, one or several at once; only wins not yet linked are offered', async () => {
    await addGoal(k.ctx, 'Lead a cross-team design');
    await win('Ran the storage design review across three teams', '2026-10-14');
    await win('Wrote the migration RFC', '2026-11-03', 'learned');
    await win('Shipped search', '2026-11-20');
    let res = await k.post('/direction/goals/1/evidence', { win: ['1', '2'] });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/direction?done=linked#goal-1');
    expect((await k.ctx.store.listGoals())[0]?.evidence).toEqual([1, 2]);
    const html = await (await k.get('/direction?done=linked')).text();
    const page = textOf(html);
    expect(page).toContain('Linked as evidence.');
    expect(page).toContain(
      'Lead a cross-team design A goal since Sun 29 Nov 2026 . 2026-10-14 Ran the storage design review across three teams 2026-11-03 Wrote the migration RFC',
    );
    expect(html).toContain('<input type="checkbox" name="win" value="3">');
    expect(html).not.toContain('<input type="checkbox" name="win" value="1">');
    // Linking one again changes nothing.
    res = await k.post('/direction/goals/1/evidence', { win: '2' });
    expect(res.status).toBe(303);
    expect((await k.ctx.store.listGoals())[0]?.evidence).toEqual([1, 2]);
  });

  it('offers the last year of wins to link, and says how to link older ones', async () => {
    await addGoal(k.ctx, 'Lead a cross-team design');
    await win('Led the 2024 migration', '2024-05-02');
    await win('Ran the storage design review', '2026-10-14');
    const html = await (await k.get('/direction')).text();
    expect(html).toContain('<input type="checkbox" name="win" value="2">');
    expect(html).not.toContain('<input type="checkbox" name="win" value="1">');
    expect(textOf(html)).toContain("Showing the last year's wins. One older win can be linked by id: keel direction evidence 1 <win id>");
    // An older win is still accepted when posted by id.
    expect((await k.post('/direction/goals/1/evidence', { win: '1' })).status).toBe(303);
    expect((await k.ctx.store.listGoals())[0]?.evidence).toEqual([1]);
  });

  it('refuses a link to a goal that does not exist, a win that does not exist, or no win at all', async () => {
    await addGoal(k.ctx, 'Lead a cross-team design');
    await win('Shipped search', '2026-11-20');
    await refused('/direction/goals/999/evidence', { win: '1' }, 404, 'No goal "999".');
    await refused('/direction/goals/1/evidence', { win: '999' }, 404, 'No win 999.');
    // The page posts ids; words (as the CLI takes them) must match a win.
    await refused('/direction/goals/1/evidence', { win: 'hiring' }, 404, 'No win "hiring".');
    await refused('/direction/goals/1/evidence', { win: ['1', '42'] }, 404, 'No win 42.');
    await refused('/direction/goals/1/evidence', {}, 400, 'Name at least one win.');
    // The message sits with the goal's form, which is open.
    const res = await k.post('/direction/goals/1/evidence', {});
    expect(await res.text()).toMatch(/<details open><summary>Link wins as evidence[\s\S]*Name at least one win\./);
  });
});

describe('quarterly review', () => {
  it('walks the quarter in order: principles, verdict week by week, goals and evidence, growth, light search', async () => {
    await setDirection(k.ctx, { track: 'principal-ic', archetype: 'architect', breadth: 'deep' });
    const goal = await addGoal(k.ctx, 'Lead a cross-team design');
    await addGoal(k.ctx, 'Mentor a new staff engineer');
    const a = await win('Ran the storage design review across three teams', '2026-10-14');
    await win('Learned Rust for the parser', '2026-11-03', 'learned');
    await win('Shipped search', '2026-11-20');
    await win('Old win outside the quarter', '2026-03-01');
    await linkEvidence(k.ctx, String(goal.id), [String(a.id)]);
    for (const week of ['2026-W45', '2026-W46', '2026-W47', '2026-W48'])
      await checkIn(k.ctx, { week, hours: 40, quality: 4, satisfaction: 4, energy: 4, growth: 4, respected: true });

    const html = await (await k.get('/review')).text();
    const page = textOf(html);
    expect(page).toContain('Quarterly review The last 13 weeks, from Mon 31 Aug 2026 to Sun 29 Nov 2026 .');
    const order = [
      '1. Principles due for review None: every principle was written or reviewed within the last year.',
      '2. The verdict, week by week Over 13 weeks: 13 STAY; STAY at both ends.',
      '3. Goals and their evidence Heading for: Principal IC · Architect · Deep.',
      'Lead a cross-team design one piece of evidence 2026-10-14 Ran the storage design review across three teams',
      'Mentor a new staff engineer No evidence yet. Link a win when one moves you closer.',
      '3 wins logged this quarter; 2 not yet evidence for a goal.',
      '4. Am I still learning and growing? Yes, it seems so: growth averaged 4 of 5 over 4 check-ins; one "learned" win logged.',
      '5. A light job search? Not due.',
    ];
    let at = -1;
    for (const part of order) {
      const i = page.indexOf(part);
      expect(i, part).toBeGreaterThan(at);
      at = i;
    }
    // The weeks, each with the verdict word written out (never colour alone).
    expect(html.match(/<li class="verdict-stay">/g)).toHaveLength(13);
    expect(page).toContain('2026- W36 STAY');
    expect(page).toContain('2026- W48 STAY');
    expect(html).toContain('<a href="/direction#goal-2">Link a win</a>');
  });

  it('links each principle due for review to its page, oldest first', async () => {
    const html = await (await k.get('/review?as-of=2027-12-31')).text();
    const page = textOf(html);
    expect(page).toContain('The last 13 weeks, from Mon 4 Oct 2027 to Fri 31 Dec 2027');
    expect(page).toContain('Written or last reviewed more than a year ago. Do they still hold?');
    expect(html).toMatch(/<li><a href="\/doc\/1">[^<]+<\/a> <span class="hint">last looked at <time datetime="2026-11-29">/);
    const principles = await k.ctx.store.listPrinciples();
    for (const p of principles) expect(html).toContain(`<a href="/doc/${p.id}">`);
    // And those pages exist.
    expect((await k.get('/doc/1')).status).toBe(200);
  });

  it('says so plainly when there is little to show', async () => {
    const page = await text('/review');
    expect(page).toContain('No direction set yet. Set your direction');
    expect(page).toContain('No goals yet. Add one to see which wins move you towards it.');
    expect(page).toContain('No wins logged this quarter. Write one down ; small ones count.');
    expect(page).toContain('Not enough check-ins to say (0 this quarter; need 4). No "learned" wins logged.');
  });

  it('refuses a date that does not exist with a one-line page, status 400, and changes nothing', async () => {
    await refusedGet('/review?as-of=2026-13-01', 400, 'As-of must be a real date YYYY-MM-DD (got "2026-13-01").');
    await refusedGet('/review?as-of=yesterday', 400, 'As-of must be a real date YYYY-MM-DD (got "yesterday").');
  });

  it('offers a light search when one is due, starts it, then shows it open and refuses a second', async () => {
    await k.close();
    k = await webKeel();
    await initKeel(k.ctx, 'starter');
    await startJob(k.ctx, { employer: 'Globex', title: 'Staff Engineer', startedOn: '2022-01-03' });
    let html = await (await k.get('/review')).text();
    expect(textOf(html)).toContain(
      '5. A light job search? Due. You have been at Globex for four years with no job search since. A light search would show whether you are still learning and growing.',
    );
    expect(textOf(html)).not.toContain('keel search start');
    expect(html).toContain('<form method="post" action="/review/search">');

    const res = await k.post('/review/search', {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/review?done=search');
    expect(await k.ctx.store.listSearches()).toMatchObject([{ kind: 'light', startedOn: '2026-11-29', endedOn: null }]);
    html = await (await k.get('/review?done=search')).text();
    expect(textOf(html)).toContain('Started a light job search today.');
    expect(textOf(html)).toContain('A light search has been open since Sun 29 Nov 2026 .');
    expect(html).not.toContain('action="/review/search"');

    await refused('/review/search', {}, 409, 'A light search started on 2026-11-29 is still open.');
  });
});

describe('calendar reminders', () => {
  it('downloads an iCalendar file a real parser reads: a weekly check-in and the quarterly review', async () => {
    const res = await k.get('/reminders.ics?day=mon&time=09:30');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="keel-reminders.ics"');
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const weekly = events.find((e) => /check-in/i.test(e.summary));
    expect(weekly?.startDate.toString()).toBe('2026-11-30T09:30:00');
    expect(String(weekly?.component.getFirstPropertyValue('rrule'))).toContain('FREQ=WEEKLY');
    expect(await text('/review')).toContain('Download reminders (.ics)');
    // As typed: spaces and capitals are fine, the same rule as the CLI's (core/ics.ts).
    const typed = await (await k.get('/reminders.ics?day=%20Mon%20&time=%2009:30')).text();
    expect(typed).toBe(await (await k.get('/reminders.ics?day=mon&time=09:30')).text());
  });

  it.each([
    ['day=someday', 'Day must be mon, tue, wed, thu, fri, sat or sun'],
    ['time=25:00', 'Time must be a time HH:MM, e.g. 16:00'],
  ])('refuses %s with a one-line page, not a download', (query, message) => refusedGet(`/reminders.ics?${query}`, 400, message));
});

describe('brag export', () => {
  beforeEach(async () => {
    await win('Shipped search', '2026-08-20');
    await addAccomplishment(k.ctx, { text: 'Mentored Sam through the launch', achievedOn: '2026-11-20', kind: 'enabled-others', people: ['Sam'] });
    await win('Led the storage migration', '2026-10-05');
    await win('Fixed the flaky deploys', '2025-12-01');
  });

  it('has a small form on the brag page', async () => {
    const html = await (await k.get('/brag')).text();
    expect(html).toContain('<form method="get" action="/brag/export">');
    expect(textOf(html)).toContain('Export for a review Your wins grouped by quarter');
    expect(textOf(html)).toContain('From (optional) Empty: from your first win Until Format Markdown (.md) Web page (.html) Download');
  });

  it('downloads Markdown with the wins grouped by quarter, within the dates', async () => {
    const res = await k.get('/brag/export?since=2026-01-01&until=2026-11-29&format=md');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="brag-2026-01-01-to-2026-11-29.md"');
    const doc = await res.text();
    expect(doc).toContain('From 2026-01-01 to 2026-11-29 · 3 wins · people supported: Sam');
    expect(doc).toContain(
      [
        '## 2026 Q3 (Jul–Sep)',
        '',
        '### Projects',
        '',
        '- 2026-08-20: Shipped search.',
        '',
        '## 2026 Q4 (Oct–Dec)',
        '',
        '### Projects',
        '',
        '- 2026-10-05: Led the storage migration.',
        '',
        '### Collaboration and mentorship',
        '',
        '- 2026-11-20: Mentored Sam through the launch. With: Sam.',
      ].join('\n'),
    );
    expect(doc).not.toContain('flaky deploys');
  });

  it('downloads HTML of everything up to today when the form is sent with its defaults', async () => {
    const res = await k.get('/brag/export?since=&until=&format=html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="brag-all-to-2026-11-29.html"');
    const doc = await res.text();
    const quarters = [...doc.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(quarters).toEqual(['2025 Q4 (Oct–Dec)', '2026 Q3 (Jul–Sep)', '2026 Q4 (Oct–Dec)']);
    expect(doc).toContain('<li><time datetime="2025-12-01">2025-12-01</time>: Fixed the flaky deploys</li>');
    // Markdown is the default format.
    expect((await k.get('/brag/export')).headers.get('content-disposition')).toBe('attachment; filename="brag-all-to-2026-11-29.md"');
  });

  it.each<[string, string, string]>([
    ['a start after the end', '?since=2026-06-01&until=2026-01-01', 'From (optional) Empty: from your first win 2026-06-01 is after the end, 2026-01-01.'],
    ['a start date that does not exist', '?since=2026-02-30&until=2026-11-29', 'Must be a real date YYYY-MM-DD (got "2026-02-30").'],
    ['an end date that does not exist', '?until=2026-13-01', 'Must be a real date YYYY-MM-DD (got "2026-13-01").'],
    ['an unknown format', '?format=pdf', 'Must be md or html (got "pdf").'],
  ])('refuses %s: the brag page again with the message, status 400, no download', (_, query, message) => refusedGet(`/brag/export${query}`, 400, message));

  it('keeps what was typed in the export form after an error', async () => {
    const html = await (await k.get('/brag/export?since=2026-06-01&until=2026-01-01&format=html')).text();
    expect(html).toContain('id="export-since" name="since" type="date" value="2026-06-01"');
    expect(html).toContain('<option value="html" selected>');
    expect(html).toContain('<span class="error" id="export-since-error">2026-06-01 is after the end, 2026-01-01.</span>');
  });
});
