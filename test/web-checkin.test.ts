/** The check-in form: every field of `keel checkin`, inline messages for bad answers, and what changed afterwards. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkIn } from '../src/app/check-in.service.js';
import { CBI_FREQUENCY_SCALE, CBI_WORK_ITEMS, WHO5_ITEMS, WHO5_SCALE } from '../src/core/instruments.js';
import { type Fields, setUpKeel, textOf, type WebKeel, webKeel } from './helpers/web.js';

const GOOD: Fields = { week: '2026-W48', hours: '36', quality: '4', satisfaction: '4', energy: '3', growth: '4', respected: 'yes' };
const week = (w: string, answers: Partial<Record<string, unknown>> = {}) => ({
  week: w,
  hours: 36,
  quality: 4,
  satisfaction: 2,
  energy: 3,
  growth: 4,
  respected: true,
  ...answers,
});

let k: WebKeel;
beforeEach(async () => {
  k = await setUpKeel();
});
afterEach(() => k.close());

const page = async (path = '/checkin') => (await k.get(path)).text();

describe('the form', () => {
  it('asks every question of keel checkin, each control with a label', async () => {
    const html = await page();
    for (const name of ['week', 'hours', 'wins', 'note']) expect(html).toMatch(new RegExp(`<label for="f-${name}">`));
    for (const name of ['quality', 'satisfaction', 'energy', 'growth']) {
      for (const n of [1, 2, 3, 4, 5]) expect(html).toContain(`<label><input type="radio" name="${name}" value="${n}"`);
    }
    expect(html).toContain('<input type="radio" name="respected" value="yes"');
    expect(html).toContain('<input type="radio" name="respected" value="no"');
    expect(html).toContain('name="observe" value="blame"');
    expect(html).toContain('People assign blame instead of figuring out the problem and fixing it');
    // Every input, select and textarea is labelled: wrapped in a <label> or named by one with for=.
    const ids = [...html.matchAll(/<(?:input|select|textarea) id="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) expect(html, id).toContain(`<label for="${id}">`);
  });

  it('asks WHO-5 and the burnout check with their published items and scales when they are due', async () => {
    const html = textOf(await page());
    for (const item of WHO5_ITEMS) expect(html).toContain(item);
    for (const answer of WHO5_SCALE) expect(html).toContain(answer);
    for (const item of CBI_WORK_ITEMS) expect(html).toContain(item.text);
    for (const answer of CBI_FREQUENCY_SCALE) expect(html).toContain(answer);
    expect(html).toContain('not a diagnosis');
  });

  it('asks WHO-5 every second week and the burnout check every fourth', async () => {
    await checkIn(k.ctx, week('2026-W47', { who5: [3, 3, 3, 3, 3], cbi: [1, 1, 1, 1, 1, 1, 1] }));
    let html = await page();
    expect(html).not.toContain('name="who5_1"');
    expect(html).not.toContain('name="cbi_1"');
    expect(await page('/checkin?week=2026-W48&self-checks=all')).toContain('name="who5_1"');
    await checkIn(k.ctx, week('2026-W46', { who5: [3, 3, 3, 3, 3] }));
    html = await page('/checkin?week=2026-W49');
    expect(html).toContain('name="who5_1"');
    expect(html).not.toContain('name="cbi_1"');
    expect(await page('/checkin?week=2026-W51')).toContain('name="cbi_1"');
  });

  it('shows a saved week filled in, ready to replace', async () => {
    await checkIn(k.ctx, week('2026-W47', { quality: 2, note: 'Rough one', who5: [1, 2, 3, 4, 5] }));
    const html = await page('/checkin?week=2026-W47');
    expect(html).toContain('You already checked in for this week');
    expect(html).toContain('name="quality" value="2" checked');
    expect(html).toContain('Rough one</textarea>');
    expect(html).toMatch(/<option value="5" selected>5 · All of the time<\/option>/);
    expect(html).toContain('name="replace" value="yes" checked');
  });
});

describe('bad answers: a 400 with a message beside the field, nothing saved', () => {
  const cases: [string, Fields, string, string][] = [
    ['hours below 0', { hours: '-1' }, 'hours', 'Must be a number 0–120 (got -1)'],
    ['hours above 120', { hours: '121' }, 'hours', 'Must be a number 0–120 (got 121)'],
    ['hours not a number', { hours: 'lots' }, 'hours', 'Must be a number 0–120 (got &quot;lots&quot;)'],
    ['hours missing', { hours: '' }, 'hours', 'Needs an answer'],
    ['quality 0', { quality: '0' }, 'quality', 'Must be a whole number 1–5 (got 0)'],
    ['quality 6', { quality: '6' }, 'quality', 'Must be a whole number 1–5 (got 6)'],
    ['satisfaction 2.5', { satisfaction: '2.5' }, 'satisfaction', 'Must be a whole number 1–5 (got 2.5)'],
    ['energy not a number', { energy: 'high' }, 'energy', 'Must be a whole number 1–5'],
    ['growth missing', { growth: '' }, 'growth', 'Needs an answer'],
    ['respected neither yes nor no', { respected: 'maybe' }, 'respected', 'Must be yes or no'],
    ['a week that does not exist', { week: '2026-W60' }, 'week', 'Must be an existing ISO week'],
    ['a week that is not a week', { week: 'last week' }, 'week', 'Must be an existing ISO week'],
    ['a WHO-5 answer of 6', { who5_1: '6', who5_2: '3', who5_3: '3', who5_4: '3', who5_5: '3' }, 'who5_1', 'Must be a whole number 0–5 (got 6)'],
    ['WHO-5 half answered', { who5_1: '3', who5_2: '3' }, 'who5_3', 'Answer this one too'],
    ['a burnout answer of 5', { cbi_2: '5' }, 'cbi_2', 'Must be a whole number 0–4 (got 5)'],
    ['a note over 5000 characters', { note: 'n'.repeat(5001) }, 'note', 'Must be at most 5000 characters'],
    ['a win over 2000 characters', { wins: 'w'.repeat(2001) }, 'wins', 'Must be 1–2000 characters each'],
  ];
  it.each(cases)('%s', async (_, change, field, message) => {
    const before = await k.snapshot();
    const res = await k.post('/checkin', { ...GOOD, ...change });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(`<span class="error" id="f-${field}-error">${message}`);
    expect(html).toMatch(new RegExp(`href="#f-${field}"`));
    expect(html).toContain('aria-invalid="true"');
    expect(await k.snapshot()).toBe(before);
  });

  it('keeps what was typed', async () => {
    const html = await (await k.post('/checkin', { ...GOOD, quality: '9', note: 'Keep this', observe: 'blame' })).text();
    expect(html).toContain('Keep this</textarea>');
    expect(html).toContain('name="satisfaction" value="4" checked');
    expect(html).toContain('name="observe" value="blame" checked');
  });

  it('a week that has not started yet', async () => {
    const before = await k.snapshot();
    const res = await k.post('/checkin', { ...GOOD, week: '2026-W50' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(textOf(html)).toContain('2026-W50 has not started yet (this is 2026-W48)');
    expect(html).toContain('<span class="error" id="f-week-error">2026-W50 has not started yet (this is 2026-W48).</span>');
    expect(await k.snapshot()).toBe(before);
  });

  it('an unknown trigger', async () => {
    const before = await k.snapshot();
    const res = await k.post('/checkin', { ...GOOD, observe: 'no-such-trigger' });
    expect(res.status).toBe(404);
    expect(textOf(await res.text())).toContain('No trigger "no-such-trigger"');
    expect(await k.snapshot()).toBe(before);
  });

  it('a second check-in for the same week without replace', async () => {
    await checkIn(k.ctx, week('2026-W48'));
    const before = await k.snapshot();
    const res = await k.post('/checkin', GOOD);
    expect(res.status).toBe(409);
    expect(textOf(await res.text())).toContain('You already checked in for 2026-W48');
    expect(await k.snapshot()).toBe(before);
  });

  it('before setup, sends the person to onboarding and saves nothing', async () => {
    const empty = await webKeel();
    const before = await empty.snapshot();
    const res = await empty.post('/checkin', GOOD);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/welcome');
    expect(await empty.snapshot()).toBe(before);
    await empty.close();
  });
});

describe('saving', () => {
  it('saves answers, self-checks, wins and triggers, then the dashboard says what changed', async () => {
    await checkIn(k.ctx, week('2026-W47', { satisfaction: 2 }));
    const res = await k.post('/checkin', {
      ...GOOD,
      who5: '',
      who5_1: '4',
      who5_2: '4',
      who5_3: '3',
      who5_4: '3',
      who5_5: '4',
      cbi_1: '1',
      cbi_7: '3',
      observe: ['blame', 'values'],
      wins: 'Shipped the importer\n\nMentored Sam\n',
      note: 'Better week',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/?saved=2026-W48');
    const saved = await k.ctx.store.getCheckIn('2026-W48');
    expect(saved).toMatchObject({ hours: 36, quality: 4, satisfaction: 4, respected: true, note: 'Better week', who5: [4, 4, 3, 3, 4] });
    expect(saved?.cbi).toEqual([1, null, null, null, null, null, 3]);
    const observed = (await k.ctx.store.listObservations()).map((o) => [o.slug, o.observedOn]);
    expect(observed).toEqual([
      ['blame', '2026-11-23'],
      ['values', '2026-11-23'],
    ]);
    expect((await k.ctx.store.listAccomplishments()).map((a) => [a.text, a.achievedOn])).toEqual([
      ['Shipped the importer', '2026-11-23'],
      ['Mentored Sam', '2026-11-23'],
    ]);
    const dashboard = textOf(await (await k.get('/?saved=2026-W48')).text());
    expect(dashboard).toContain('Saved your check-in for 2026-W48. Satisfaction up from 2 to 4; verdict now WATCH (was STAY).');
  });

  it('says the verdict stayed the same when it did', async () => {
    await checkIn(k.ctx, week('2026-W47', { satisfaction: 2 }));
    await k.post('/checkin', GOOD);
    expect(textOf(await (await k.get('/?saved=2026-W48')).text())).toContain('Satisfaction up from 2 to 4; verdict still STAY.');
  });

  it('replaces a week when asked to', async () => {
    await checkIn(k.ctx, week('2026-W48', { quality: 2 }));
    const res = await k.post('/checkin', { ...GOOD, replace: 'yes' });
    expect(res.headers.get('location')).toBe('/?saved=2026-W48&replaced=1');
    expect((await k.ctx.store.getCheckIn('2026-W48'))?.quality).toBe(4);
    expect(textOf(await (await k.get('/?saved=2026-W48&replaced=1')).text())).toContain('Replaced your check-in for 2026-W48.');
  });

  it('ignores a saved= that names no check-in', async () => {
    const html = await (await k.get('/?saved=2026-W10')).text();
    expect(html).not.toContain('your check-in for');
  });
});
