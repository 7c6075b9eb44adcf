/** Triggers, brag document, jobs and rules: every route, good input and each kind of bad input. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { observe, retireTrigger } from '../src/app/triggers.service.js';
import { type Fields, setUpKeel, type WebKeel } from './helpers/web.js';

let k: WebKeel;
beforeEach(async () => {
  k = await setUpKeel();
});
afterEach(() => k.close());

const text = (path: string) => k.text(path);
const refused = (path: string, fields: Fields, status: number, message: string) => k.refused(path, fields, status, message);

describe('triggers', () => {
  it('lists the active ones with how often and when they were last noted', async () => {
    await observe(k.ctx, { trigger: 'blame', observedOn: '2026-11-10', note: 'Postmortem turned into finger-pointing' });
    const page = await text('/triggers');
    expect(page).toContain('People assign blame instead of figuring out the problem and fixing it blame 1 2026-11-10 History of blame Retire blame');
    expect(page).toContain('No trust in the relationship with my manager manager-trust 0 —');
  });

  it('adds one, with its slug and weight', async () => {
    const res = await k.post('/triggers', { text: 'Promises about promotion keep moving', weight: '3' });
    expect(res.headers.get('location')).toBe('/triggers?done=added');
    expect((await k.ctx.store.listTriggers()).at(-1)).toMatchObject({ slug: 'promises-promotion-keep-moving', weight: 3, active: true });
    expect(await text('/triggers?done=added')).toContain('Added the trigger.');
  });

  it.each<[string, Fields, number, string]>([
    ['no text', { text: '' }, 400, 'What would make you leave? Needs an answer'],
    ['text over 500 characters', { text: 't'.repeat(501) }, 400, 'Must be at most 500 characters'],
    ['weight 0', { text: 'A new one', weight: '0' }, 400, 'Must be a whole number 1–10 (got 0)'],
    ['weight 11', { text: 'A new one', weight: '11' }, 400, 'Must be a whole number 1–10 (got 11)'],
    ['a slug with spaces', { text: 'A new one', slug: 'Not A Slug' }, 400, 'Must be lowercase words joined by dashes'],
    [
      'the same text again',
      { text: 'No trust in the relationship with my manager' },
      409,
      'A trigger "No trust in the relationship with my manager" already exists.',
    ],
    ['a slug that is taken', { text: 'A new one', slug: 'blame' }, 409, 'Short name (optional) e.g. no-growth Is taken.'],
  ])('refuses %s', (_, fields, status, message) => refused('/triggers', fields, status, message));

  it('retires one; its history stays; retiring it again is refused', async () => {
    await observe(k.ctx, { trigger: 'values', observedOn: '2026-11-02' });
    const res = await k.post('/triggers/1/retire', {});
    expect(res.headers.get('location')).toBe('/triggers?done=retired');
    expect((await k.ctx.store.listTriggers())[0]?.active).toBe(false);
    expect(await text('/triggers')).toMatch(
      /Retired Trigger Noted Last Actions Leadership doesn't respect or follow the company values values 1 2026-11-02 History/,
    );
    await refused('/triggers/1/retire', {}, 409, 'Trigger values is already retired.');
    await refused('/triggers/999/retire', {}, 404, 'No trigger "999".');
  });

  it('notes an observation from the list and from the trigger’s own page', async () => {
    let res = await k.post('/observe', { trigger: '10', on: '2026-11-24', severity: '2', note: 'Postmortem turned into blame' });
    expect(res.headers.get('location')).toBe('/triggers?done=observed');
    res = await k.post('/observe', { trigger: '10', back: 'trigger', on: '2026-11-26', severity: '3' });
    expect(res.headers.get('location')).toBe('/triggers/10?done=observed');
    const history = await text('/triggers/10?done=observed');
    expect(history).toContain('Noted. Thank you for writing it down.');
    expect(history).toContain('2026-11-26 2026-W48 3 2026-11-24 2026-W48 2 Postmortem turned into blame');
  });

  it.each<[string, Fields, number, string]>([
    ['severity 4', { trigger: '10', on: '2026-11-24', severity: '4' }, 400, 'Must be a whole number 1–3 (got 4)'],
    ['severity 0', { trigger: '10', on: '2026-11-24', severity: '0' }, 400, 'Must be a whole number 1–3 (got 0)'],
    ['a date that does not exist', { trigger: '10', on: '2026-02-30', severity: '1' }, 400, 'Must be a real date YYYY-MM-DD'],
    ['no date', { trigger: '10', on: '', severity: '1' }, 400, 'When Needs an answer.'],
    ['a note over 5000 characters', { trigger: '10', on: '2026-11-24', note: 'n'.repeat(5001) }, 400, 'Must be at most 5000 characters'],
    ['an unknown trigger', { trigger: '999', on: '2026-11-24' }, 404, 'No trigger "999".'],
  ])('refuses an observation with %s', (_, fields, status, message) => refused('/observe', fields, status, message));

  it('refuses to observe a retired trigger', async () => {
    await retireTrigger(k.ctx, 'values');
    await refused('/observe', { trigger: '1', on: '2026-11-24' }, 409, 'Trigger values is retired.');
  });

  it('shows a trigger’s history page, and 404 for an unknown one', async () => {
    expect(await text('/triggers/5')).toContain('No trust in the relationship with my manager manager-trust · weight 1');
    expect((await k.get('/triggers/999')).status).toBe(404);
  });

  it('renames one; the rule that watches it follows, and the message names it', async () => {
    expect(await text('/triggers')).toContain('Retire blame Rename blame New short name for blame');
    const res = await k.post('/triggers/10/rename', { slug: 'blame-games' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/triggers?done=renamed&t=10&rules=1');
    expect((await k.ctx.store.listTriggers())[9]?.slug).toBe('blame-games');
    expect((await k.ctx.store.listRules()).find((r) => r.name === 'blame-culture')?.params).toMatchObject({ trigger: 'blame-games' });
    expect(await text('/triggers?done=renamed&t=10&rules=1')).toContain(
      "Renamed 'People assign blame instead of figuring out the problem and fixing it' to blame-games; the rule that watches it follows.",
    );
    expect(await text('/triggers?done=renamed&t=999')).not.toContain('Renamed');
  });

  it('shows a bad new name in the form of that trigger, with what was typed', async () => {
    await refused('/triggers/10/rename', { slug: 'Not A Slug' }, 400, 'Must be lowercase words joined by dashes');
    const page = await (await k.post('/triggers/10/rename', { slug: 'Not A Slug' })).text();
    expect(page).toContain('<details open><summary>Rename<span class="visually-hidden"> blame</span>');
    expect(page).toMatch(/<input id="rename-10-slug" name="slug" type="text" value="Not A Slug"[^>]*aria-invalid="true"/);
    expect(page).toContain('<span class="error" id="rename-10-slug-error">Must be lowercase words joined by dashes');
    expect(page).not.toContain('<details open><summary>Rename<span class="visually-hidden"> values</span>');
  });

  it.each<[string, string, Fields, number, string]>([
    ['no name', '/triggers/10/rename', { slug: '' }, 400, 'New short name for blame lowercase words joined by dashes Needs an answer.'],
    ['a name over 32 characters', '/triggers/10/rename', { slug: 'a'.repeat(33) }, 400, 'Must be at most 32 characters'],
    [
      'a name another trigger has',
      '/triggers/10/rename',
      { slug: 'values' },
      409,
      'New short name for blame lowercase words joined by dashes Is taken by "Leadership doesn\'t respect or follow the company values".',
    ],
    ['its own name', '/triggers/10/rename', { slug: 'blame' }, 409, 'New short name for blame lowercase words joined by dashes Is its name already.'],
    ['an unknown trigger', '/triggers/999/rename', { slug: 'fine' }, 404, 'No trigger "999".'],
  ])('refuses to rename with %s', (_, path, fields, status, message) => refused(path, fields, status, message));

  it('refuses a rename or a restore without the form token, and changes nothing', async () => {
    await retireTrigger(k.ctx, 'values');
    for (const [path, fields] of [
      ['/triggers/10/rename', { slug: 'blame-games' }],
      ['/triggers/1/restore', {}],
    ] as const) {
      const before = await k.snapshot();
      const res = await k.post(path, fields, { csrf: null });
      expect(res.status).toBe(403);
      expect(await k.snapshot()).toBe(before);
    }
  });

  it('lists retired triggers with a Restore button; restoring counts it again', async () => {
    await retireTrigger(k.ctx, 'values');
    expect(await text('/triggers')).toMatch(
      /Retired Trigger Noted Last Actions Leadership doesn't respect or follow the company values values 0 — History of values Restore values/,
    );
    const res = await k.post('/triggers/1/restore', {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/triggers?done=restored&t=1');
    expect(await text('/triggers?done=restored&t=1')).toContain("Restored 'values'.");
    expect((await k.ctx.store.listTriggers())[0]).toMatchObject({ active: true, retiredAt: null });
    await refused('/triggers/1/restore', {}, 409, 'Trigger values is active.');
    await refused('/triggers/999/restore', {}, 404, 'No trigger "999".');
  });

  it('refuses to add the text of a retired trigger, which waits below to be restored', async () => {
    await retireTrigger(k.ctx, 'values');
    await refused('/triggers', { text: "Leadership doesn't respect or follow the company values" }, 409, 'exists but is retired.');
  });
});

describe('brag document', () => {
  it('adds a win with impact and people, newest first by year', async () => {
    const res = await k.post('/brag', {
      text: 'Mentored Sam through the launch',
      on: '2026-11-20',
      kind: 'enabled-others',
      impact: 'Sam now leads it',
      people: 'Sam, Priya',
    });
    expect(res.headers.get('location')).toBe('/brag?done=added');
    await k.post('/brag', { text: 'Shipped search', on: '2025-03-02', kind: 'delivered' });
    const page = await text('/brag');
    expect(page).toContain('2026 Mentored Sam through the launch Enabled others · Fri 20 Nov 2026 Sam now leads it With Sam, Priya');
    expect(page.indexOf('Mentored Sam')).toBeLessThan(page.indexOf('Shipped search'));
  });

  it.each<[string, Fields, string]>([
    ['no text', { text: '', on: '2026-11-20' }, 'What did you do? Needs an answer'],
    ['an unknown kind', { text: 'Did it', on: '2026-11-20', kind: 'bragged' }, 'Must be delivered, enabled-others, learned or recognized'],
    ['a bad date', { text: 'Did it', on: '20/11/2026' }, 'Must be a real date YYYY-MM-DD'],
    ['text over 2000 characters', { text: 'w'.repeat(2001), on: '2026-11-20' }, 'Must be at most 2000 characters'],
  ])('refuses %s', (_, fields, message) => refused('/brag', fields, 400, message));
});

describe('jobs', () => {
  it('lists jobs, starts a new one (ending the current the day before) and ends the current one', async () => {
    expect(await text('/jobs')).toContain('Globex Staff Engineer IC 2024-06-03 now');
    let res = await k.post('/jobs', { employer: 'Initech', title: 'Principal Engineer', track: 'ic', level: 'L7', since: '2026-11-02' });
    expect(res.headers.get('location')).toBe('/jobs?done=started');
    expect(await text('/jobs')).toContain('Initech Principal Engineer IC L7 2026-11-02 now Globex Staff Engineer IC 2024-06-03 2026-11-01');
    res = await k.post('/jobs/end', { on: '2026-11-27' });
    expect(res.headers.get('location')).toBe('/jobs?done=ended');
    expect((await k.ctx.store.listJobs()).every((j) => j.endedOn !== null)).toBe(true);
    await refused('/jobs/end', { on: '2026-11-28' }, 404, 'There is no current job to end.');
  });

  it.each<[string, Fields, number, string]>([
    ['no employer', { employer: '', title: 'Engineer', since: '2026-11-02' }, 400, 'Employer Needs an answer'],
    ['an unknown track', { employer: 'Initech', title: 'Engineer', track: 'wizard', since: '2026-11-02' }, 400, 'Must be ic or manager'],
    ['a bad start date', { employer: 'Initech', title: 'Engineer', since: '2026-13-01' }, 400, 'Must be a real date YYYY-MM-DD'],
    [
      'a start before the current job',
      { employer: 'Initech', title: 'Engineer', since: '2020-01-01' },
      400,
      'Started on Must be after 2024-06-03, when your current job started.',
    ],
  ])('refuses a job with %s', (_, fields, status, message) => refused('/jobs', fields, status, message));

  it('refuses an end date before the start', () => refused('/jobs/end', { on: '2024-01-01' }, 400, 'Last day Must be on or after 2024-06-03.'));
});

describe('rules', () => {
  it('shows each rule in plain words with its principle and parameters', async () => {
    const page = await text('/rules');
    expect(page).toContain('triggers-cluster Different triggers noted in the last 12 weeks: WATCH at 2, LOOK at 3.');
    expect(page).toContain('overwork 2 of the last 4 weeks at 38+ hours and quality 3 or lower: a nudge to rest.');
    expect(page).toContain('“Hours worked have almost no bearing on quality');
  });

  it('saves a valid parameter and the verdict uses it', async () => {
    const res = await k.post('/rules/triggers-cluster/params', { key: 'weeks', value: '20' });
    expect(res.headers.get('location')).toBe('/rules?done=saved&open=triggers-cluster#rule-triggers-cluster');
    const rule = (await k.ctx.store.listRules()).find((r) => r.name === 'triggers-cluster');
    expect(rule?.params).toMatchObject({ weeks: 20 });
    expect(await (await k.get('/rules?done=saved&open=triggers-cluster')).text()).toContain('<details id="rule-triggers-cluster" open>');
  });

  it('clears a nullable threshold when the field is left empty', async () => {
    await k.post('/rules/unsatisfied/params', { key: 'look', value: '' });
    expect((await k.ctx.store.listRules()).find((r) => r.name === 'unsatisfied')?.params).toMatchObject({ look: null });
  });

  it.each<[string, string, Fields, number, string]>([
    ['look not above watch', 'triggers-cluster', { key: 'look', value: '2' }, 400, 'Rule triggers-cluster: look must be greater than watch'],
    ['weeks 0', 'triggers-cluster', { key: 'weeks', value: '0' }, 400, 'Rule triggers-cluster: weeks must be 1–104 weeks (got 0)'],
    [
      'weeks as text',
      'triggers-cluster',
      { key: 'weeks', value: 'twelve' },
      400,
      'Rule triggers-cluster: weeks must be a whole number of weeks (got "twelve")',
    ],
    [
      'an unknown metric',
      'unsatisfied',
      { key: 'metric', value: 'mood' },
      400,
      'Rule unsatisfied: metric must be satisfaction, energy, growth or quality (got "mood")',
    ],
    ['an unknown parameter', 'unsatisfied', { key: 'speed', value: '3' }, 400, 'Rule unsatisfied has no parameter "speed".'],
    ['an unknown rule', 'no-such-rule', { key: 'weeks', value: '3' }, 404, 'No rule "no-such-rule".'],
  ])('refuses %s', (_, rule, fields, status, message) => refused(`/rules/${rule}/params`, fields, status, message));

  it('turns a rule off and on again', async () => {
    await k.post('/rules/no-wins/enabled', { enabled: 'no' });
    expect((await k.ctx.store.listRules()).find((r) => r.name === 'no-wins')?.enabled).toBe(false);
    expect(await text('/rules')).toContain('no-wins (off) No win logged');
    await k.post('/rules/no-wins/enabled', { enabled: 'yes' });
    expect((await k.ctx.store.listRules()).find((r) => r.name === 'no-wins')?.enabled).toBe(true);
    await refused('/rules/no-wins/enabled', { enabled: 'maybe' }, 400, 'Enabled must be yes or no.');
  });
});
