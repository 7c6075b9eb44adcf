/** Job hunting on the web: searches, opportunities, interviews and red flags, the comparison and the question bank. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { showOpportunity } from '../src/app/opportunity-detail.service.js';
import { observe, retireTrigger } from '../src/app/triggers.service.js';
import { type Fields, setUpKeel, TOKEN, type WebKeel } from './helpers/web.js';

let k: WebKeel;
beforeEach(async () => {
  k = await setUpKeel();
});
afterEach(() => k.close());

const text = (path: string) => k.text(path);
const refused = (path: string, fields: Fields, status: number, message: string) => k.refused(path, fields, status, message);

/** Adds an opportunity through the form; returns its id (from the redirect). */
async function add(company: string, role = 'Staff Engineer', extra: Fields = {}): Promise<number> {
  const res = await k.post('/opportunities', { company, role, on: '2026-11-02', ...extra });
  expect(res.status).toBe(303);
  const id = Number(/\/opportunities\/(\d+)\?done=added/.exec(res.headers.get('location') ?? '')?.[1]);
  expect(id).toBeGreaterThan(0);
  return id;
}

/** The id of the answer most recently saved for an opportunity. */
const lastAnswer = async (id: number) => (await showOpportunity(k.ctx, String(id))).answers.at(-1)?.id as number;

describe('the opportunities board', () => {
  it('teaches when empty', async () => {
    const page = await text('/opportunities');
    expect(page).toContain('Ask every interviewer: What would make you want to leave?');
    expect(page).toContain('Nothing open. Add a company you are curious about below');
    expect(page).toContain('No search is open.');
  });

  it('adds one, with its link and stage, and lists it with the compare choice', async () => {
    const id = await add('Initech', 'Staff Engineer', { link: 'https://initech.example/jobs/42', stage: 'applied' });
    const detail = await text(`/opportunities/${id}?done=added`);
    expect(detail).toContain('Initech: Staff Engineer');
    expect(detail).toContain('Applied since Mon 2 Nov 2026 · the posting');
    expect(detail).toContain('Added. Ask every interviewer the questions below');
    expect(detail).toContain('What would make you want to leave Initech?');
    expect(detail).toContain('Walk me through your last incident review: what came out of it? · blame');
    const board = await (await k.get('/opportunities')).text();
    expect(board).toContain(`<a href="/opportunities/${id}">Initech</a>`);
    expect(board).toContain(`aria-label="Compare Initech, Staff Engineer"`);
  });

  it.each<[string, Fields, number, string]>([
    ['no company', { company: '', role: 'Staff Engineer', on: '2026-11-02' }, 400, 'Company Needs an answer.'],
    [
      'a link that is not one',
      { company: 'Initech', role: 'Staff', link: 'initech dot com', on: '2026-11-02' },
      400,
      'Must be a web address starting with http',
    ],
    ['an unknown stage', { company: 'Initech', role: 'Staff', stage: 'hired', on: '2026-11-02' }, 400, 'Must be one of saved, applied'],
    [
      'a decision as the first stage',
      { company: 'Initech', role: 'Staff', stage: 'accepted', on: '2026-11-02' },
      400,
      'Where it stands Saved Applied Screening Interviewing Offer Cannot be accepted for a new opportunity.',
    ],
    ['a date that does not exist', { company: 'Initech', role: 'Staff', on: '2026-02-30' }, 400, 'Must be a real date YYYY-MM-DD (got "2026-02-30")'],
    ['a date in the future', { company: 'Initech', role: 'Staff', on: '2026-12-03' }, 400, 'Since 2026-12-03 is in the future (today is 2026-11-29).'],
  ])('refuses %s', (_, fields, status, message) => refused('/opportunities', fields, status, message));

  it('refuses the same company and role while it is open', async () => {
    await add('Initech');
    await refused('/opportunities', { company: 'initech', role: 'staff engineer', on: '2026-11-20' }, 409, 'Initech (Staff Engineer) is already open as #1.');
  });

  it('starts and ends a search; the light-search nudge sees it', async () => {
    let res = await k.post('/searches', { kind: 'light', on: '2026-11-20', note: 'Two conversations' });
    expect(res.headers.get('location')).toBe('/opportunities?done=search-started');
    expect(await text('/opportunities')).toContain('A light search has been open since Fri 20 Nov 2026 : Two conversations.');
    await refused('/searches', { kind: 'light', on: '2026-11-21' }, 409, 'A light search started on 2026-11-20 is still open.');
    // A start date's message while the end form is shown (the start form is not) goes above it.
    await refused('/searches', { kind: 'light', on: '2026-12-05' }, 400, 'Your search 2026-12-05 is in the future (today is 2026-11-29).');
    await refused('/searches/end', { on: '2026-11-19' }, 400, 'Ended on Must be on or after 2026-11-20.');
    await refused('/searches/end', { on: 'soon' }, 400, 'Must be a real date YYYY-MM-DD');
    res = await k.post('/searches/end', { on: '2026-11-28' });
    expect(res.headers.get('location')).toBe('/opportunities?done=search-ended');
    const page = await text('/opportunities?done=search-ended');
    expect(page).toContain('Search ended.');
    expect(page).toContain('Earlier searches (1) light: 2026-11-20 to 2026-11-28 · Two conversations');
    await refused('/searches/end', { on: '2026-11-29' }, 404, 'There is no open search to end.');
    await refused('/searches', { kind: 'heavy', on: '2026-11-29' }, 400, 'Must be light or full');
    await refused('/searches', { kind: 'light', on: '2026-11-27' }, 400, 'Started on Must be after 2026-11-28, when the last search ended.');
  });
});

describe('one opportunity', () => {
  let id: number;
  beforeEach(async () => {
    id = await add('Initech');
  });

  it('moves through the stages, each dated, to a decision', async () => {
    let res = await k.post(`/opportunities/${id}/move`, { stage: 'interviewing', on: '2026-11-10', note: 'Loop booked' });
    expect(res.headers.get('location')).toBe(`/opportunities/${id}?done=moved#stage`);
    res = await k.post(`/opportunities/${id}/offer`, { pay: '185,000', currency: 'eur', level: 'Staff', track: 'ic', deadline: '2026-12-11' });
    expect(res.headers.get('location')).toBe(`/opportunities/${id}?done=offer#offer`);
    res = await k.post(`/opportunities/${id}/move`, { stage: 'declined', on: '2026-11-29', note: 'On-call every other week' });
    expect(res.status).toBe(303);
    const page = await text(`/opportunities/${id}`);
    expect(page).toContain('Declined since Sun 29 Nov 2026 · offer: 185,000 EUR · Staff · IC · decide by 2026-12-11');
    expect(page).toMatch(/2026-11-02 Saved 2026-11-10 Interviewing Loop booked 2026-11-29 Offer 2026-11-29 Declined On-call every other week/);
    expect(page).toContain('Declined: a decision closes an opportunity.');
    expect(await text('/opportunities')).toMatch(/Closed .* Initech Staff Engineer Declined since 2026-11-29/);
  });

  it.each<[string, Fields, number, string]>([
    ['an unknown stage', { stage: 'hired', on: '2026-11-20' }, 400, 'Must be one of saved, applied'],
    ['accepting before an offer', { stage: 'accepted', on: '2026-11-20' }, 400, 'Withdrawn Needs an offer first.'],
    ['the stage it is at', { stage: 'saved', on: '2026-11-20' }, 400, 'Withdrawn Is where it is already.'],
    ['a date before its last move', { stage: 'applied', on: '2026-11-01' }, 400, 'On Must be on or after 2026-11-02, the last move.'],
    ['a date in the future', { stage: 'applied', on: '2026-12-01' }, 400, 'On 2026-12-01 is in the future (today is 2026-11-29).'],
    ['a date that is not one', { stage: 'applied', on: '29/11/2026' }, 400, 'Must be a real date YYYY-MM-DD'],
  ])('refuses a move to %s', (_, fields, status, message) => refused(`/opportunities/${id}/move`, fields, status, message));

  it('refuses to move backwards', async () => {
    await k.post(`/opportunities/${id}/move`, { stage: 'interviewing', on: '2026-11-10' });
    await refused(`/opportunities/${id}/move`, { stage: 'applied', on: '2026-11-11' }, 400, 'Cannot move back from interviewing to applied.');
  });

  it.each<[string, Fields, string]>([
    ['negative pay', { pay: '-5000' }, 'Must be a positive yearly amount'],
    ['no pay', { pay: '' }, 'Yearly pay e.g. 185000 Needs an answer.'],
    ['pay in words', { pay: 'a lot' }, 'Must be a yearly amount, e.g. 185000 (got "a lot")'],
    ['a currency that is not a code', { pay: '1000', currency: 'euros' }, 'Must be a three-letter currency code, e.g. EUR'],
    ['an unknown track', { pay: '1000', track: 'wizard' }, 'Must be ic or manager'],
    ['a deadline that is not a date', { pay: '1000', deadline: '2026-13-01' }, 'Must be a real date YYYY-MM-DD'],
  ])('refuses an offer with %s', (_, fields, message) => refused(`/opportunities/${id}/offer`, fields, 400, message));

  it('adds contacts and refuses one without a name', async () => {
    const res = await k.post(`/opportunities/${id}/contacts`, { name: 'Ana Ruiz', role: 'Engineering manager', note: 'Met at a meetup' });
    expect(res.headers.get('location')).toBe(`/opportunities/${id}?done=contact#contacts`);
    expect(await text(`/opportunities/${id}`)).toContain('Ana Ruiz , Engineering manager · Met at a meetup');
    await refused(`/opportunities/${id}/contacts`, { name: ' ', role: 'Recruiter' }, 400, 'Name Needs an answer.');
  });

  it('records an answer, suggests the triggers it matches with the words, and flags it', async () => {
    let res = await k.post(`/opportunities/${id}/answers`, {
      question: 'leave',
      text: 'Honestly? People get blamed after incidents instead of fixing the problem.',
      who: 'Ana Ruiz',
      on: '2026-11-20',
    });
    expect(res.headers.get('location')).toBe(`/opportunities/${id}?done=answer#questions`);
    let page = await text(`/opportunities/${id}`);
    expect(page).toContain(
      'What would make you want to leave Initech? Honestly? People get blamed after incidents instead of fixing the problem. 2026-11-20 · Ana Ruiz',
    );
    expect(page).toMatch(/Maybe a red flag: blame \(“blamed”, “fixing”, “problem”\)/);
    const answer = await lastAnswer(id);
    res = await k.post(`/opportunities/${id}/flags`, { answer: String(answer), trigger: 'blame', severity: '2' });
    expect(res.headers.get('location')).toBe(`/opportunities/${id}?done=flagged#red-flags`);
    page = await text(`/opportunities/${id}`);
    expect(page).toContain(
      'Red flags by trigger People assign blame instead of figuring out the problem and fixing it blame 1 flag, worst severity 2 2026-11-20 · severity 2 · answer from Ana Ruiz: Honestly?',
    );
    expect(page).toContain('Flagged: blame ( severity 2 )');
    expect(page).not.toContain('Maybe a red flag: blame');
    await refused(`/opportunities/${id}/flags`, { answer: String(answer), trigger: 'blame' }, 409, 'That is already flagged as blame.');
    // A message for no input of the flag form (here: both an answer and a note) is said beside the form.
    await refused(`/opportunities/${id}/flags`, { answer: String(answer), note: '1', trigger: 'blame' }, 400, 'Flag it Give an answer or a note, not both.');
  });

  it('flags an answer as it is saved, and a note against a trigger', async () => {
    await k.post(`/opportunities/${id}/answers`, { question: 'psych-safety', text: 'She was gone the next week.', on: '2026-11-20', flag: '7', severity: '3' });
    const res = await k.post(`/opportunities/${id}/notes`, {
      text: 'Team of six, on-call weekly; the VP overruled the security review.',
      who: 'Bo',
      role: 'Staff engineer',
      on: '2026-11-21',
      flag: '1',
      severity: '1',
    });
    expect(res.headers.get('location')).toBe(`/opportunities/${id}?done=note#notes`);
    const d = await showOpportunity(k.ctx, String(id));
    expect(d.redFlags.map((g) => [g.slug, g.flags.map((f) => [f.source, f.severity])])).toEqual([
      ['psych-safety', [['answer', 3]]],
      ['values', [['note', 1]]],
    ]);
    expect(await text(`/opportunities/${id}`)).toContain(
      'Team of six, on-call weekly; the VP overruled the security review. Sat 21 Nov 2026 · Bo, Staff engineer Flagged: values',
    );
  });

  it.each<[string, string, Fields, number, string]>([
    ['an empty answer', 'answers', { question: 'leave', text: '', on: '2026-11-20' }, 400, 'What they said Needs an answer.'],
    [
      'an answer in the future',
      'answers',
      { question: 'leave', text: 'Nothing', on: '2026-12-20' },
      400,
      'When 2026-12-20 is in the future (today is 2026-11-29).',
    ],
    ['an answer with severity 4', 'answers', { question: 'leave', text: 'Nothing', on: '2026-11-20', flag: '1', severity: '4' }, 400, 'Must be 1, 2 or 3'],
    ['an answer to no question', 'answers', { question: '999', text: 'Nothing', on: '2026-11-20' }, 404, 'No question "999".'],
    ['an answer flagged against no trigger', 'answers', { question: 'leave', text: 'Nothing', on: '2026-11-20', flag: '99' }, 404, 'No trigger "99"'],
    ['an empty note', 'notes', { text: ' ', on: '2026-11-20' }, 400, 'What struck you Needs an answer.'],
    ['a note with a bad date', 'notes', { text: 'Fine', on: '2026-11-31' }, 400, 'Must be a real date YYYY-MM-DD'],
    ['a flag on nothing', 'flags', { trigger: 'blame' }, 400, 'Choose an answer or a note.'],
    ['a flag on an answer that does not exist', 'flags', { answer: '42', trigger: 'blame' }, 404, 'No answer 42.'],
    ['a principle that does not exist', 'principles', { principle: '999', fits: 'yes' }, 404, 'No principle "999".'],
    ['a principle fit that is neither', 'principles', { principle: '1', fits: 'maybe' }, 400, 'Must be yes or no'],
  ])('refuses %s', (_, path, fields, status, message) => refused(`/opportunities/${id}/${path}`, fields, status, message));

  it('refuses a flag against a retired trigger and on another opportunity’s answer', async () => {
    await k.post(`/opportunities/${id}/answers`, { question: 'leave', text: 'The commute.', on: '2026-11-20' });
    const answer = await lastAnswer(id);
    await retireTrigger(k.ctx, 'privacy');
    await refused(`/opportunities/${id}/flags`, { answer: String(answer), trigger: 'privacy' }, 409, 'Trigger privacy is retired.');
    const other = await add('Hooli');
    await refused(`/opportunities/${other}/flags`, { answer: String(answer), trigger: 'blame' }, 404, `No answer ${answer} on Hooli.`);
  });

  it('marks principles it fits and goes against', async () => {
    let res = await k.post(`/opportunities/${id}/principles`, { principle: '1', fits: 'yes' });
    expect(res.headers.get('location')).toBe(`/opportunities/${id}?done=principle#principles`);
    res = await k.post(`/opportunities/${id}/principles`, { principle: '10', fits: 'no', note: '45-hour weeks are normal there' });
    expect(res.status).toBe(303);
    const page = await text(`/opportunities/${id}`);
    expect(page).toMatch(
      /Your principles Fits : Mental health and happiness come first.* Goes against : Hours worked have almost no bearing on quality.* · 45-hour weeks are normal there Principle/,
    );
  });

  it('an opportunity that does not exist is not found, and posting to it changes nothing', async () => {
    expect((await k.get('/opportunities/999')).status).toBe(404);
    expect(await text('/opportunities/999')).toContain('No opportunity "999".');
    await refused('/opportunities/999/contacts', { name: 'Ana' }, 404, 'No opportunity "999".');
  });

  it('refuses a post without the form token, and changes nothing', async () => {
    const before = await k.snapshot();
    const res = await k.post(`/opportunities/${id}/move`, { stage: 'applied', on: '2026-11-20' }, { csrf: null });
    expect(res.status).toBe(403);
    const forged = await k.post(`/opportunities/${id}/move`, { stage: 'applied', on: '2026-11-20' }, { csrf: `${TOKEN}x` });
    expect(forged.status).toBe(403);
    expect(await k.snapshot()).toBe(before);
  });
});

describe('the comparison', () => {
  it('shows the opportunity whose answers match two of your triggers with those red flags, next to your job now', async () => {
    const initech = await add('Initech');
    const hooli = await add('Hooli', 'Principal Engineer');
    await observe(k.ctx, { trigger: 'gamified-kpis', observedOn: '2026-11-03', severity: 2, note: 'Bonus now tied to ticket counts' });
    await k.post(`/opportunities/${initech}/answers`, {
      question: 'leave',
      text: 'People get blamed after incidents instead of fixing the problem.',
      on: '2026-11-20',
    });
    await k.post(`/opportunities/${initech}/answers`, {
      question: 'psych-safety',
      text: 'The engineer who made that mistake had no safety net; she was gone the next week.',
      on: '2026-11-20',
    });
    await k.post(`/opportunities/${hooli}/answers`, { question: 'leave', text: 'The commute, maybe. We pair a lot.', on: '2026-11-21' });
    // Flag each Initech answer against the trigger the page suggests first (the select's default).
    for (const a of (await showOpportunity(k.ctx, String(initech))).answers) {
      const html = await (await k.get(`/opportunities/${initech}`)).text();
      const chosen = new RegExp(`id="flag-answer-${a.id}-trigger"[^>]*>\\s*<option value="(\\d+)" selected`).exec(html)?.[1];
      expect(chosen, `a suggestion for answer ${a.id}`).toBeDefined();
      expect((await k.post(`/opportunities/${initech}/flags`, { answer: String(a.id), trigger: chosen as string, severity: '2' })).status).toBe(303);
    }
    await k.post(`/opportunities/${initech}/offer`, { pay: '185000', currency: 'EUR', level: 'Staff', track: 'ic', deadline: '2026-12-11' });
    await k.post(`/opportunities/${hooli}/principles`, { principle: '3', fits: 'yes', note: 'Mentoring is the job' });

    const res = await k.get(`/compare?o=${initech}&o=${hooli}`);
    expect(res.status).toBe(200);
    const page = await text(`/compare?o=${initech}&o=${hooli}`);
    expect(page).toContain('Your job now (Globex): 1 observation on gamified-kpis');
    expect(page).toContain('Initech: 2 red flags on psych-safety, blame (weighted 4)');
    expect(page).toContain('Hooli: no red flags');
    expect(page).toMatch(/Your job now Globex, Staff Engineer Initech Staff Engineer Hooli Principal Engineer/);
    expect(page).toMatch(/Pay — 185,000 EUR — /);
    expect(page).toMatch(/No humility or psychological safety after a mistake psych-safety — 1 flag, worst severity 2 .* — /);
    expect(page).toMatch(/People assign blame instead of figuring out the problem and fixing it blame — 1 flag, worst severity 2 .* — /);
    expect(page).toMatch(/Gamified KPIs rewarded .* gamified-kpis 1 time, worst severity 2 What was noted 2026-11-03 : Bonus now tied to ticket counts — — /);
    expect(page).toContain(
      'Your principles A good job is energizing work you can do for a long time; impact is often measured by whom you enable. — — Fits Mentoring is the job',
    );
  });

  it('offers a choice when nothing is chosen, and refuses unknown or repeated opportunities', async () => {
    expect(await text('/compare')).toContain('No opportunities yet.');
    const id = await add('Initech');
    expect(await text('/compare')).toContain('Choose one or more to see them side by side');
    let res = await k.get('/compare?o=999');
    expect(res.status).toBe(404);
    expect(await text('/compare?o=999')).toContain('No opportunity "999".');
    res = await k.get(`/compare?o=${id}&o=initech`);
    expect(res.status).toBe(400);
    expect(await text(`/compare?o=${id}&o=initech`)).toContain('An opportunity is named twice.');
  });
});

describe('the question bank', () => {
  it('holds the leave question and one per trigger; adds your own; retires one', async () => {
    let page = await text('/questions');
    expect(page).toContain('What would make you want to leave …? the question Keel started from');
    expect(page).toContain('Tell me about the last time someone made a mistake here — what happened next? from a trigger · psych-safety');
    let res = await k.post('/questions', { text: 'How are on-call hours paid at {company}?' });
    expect(res.headers.get('location')).toBe('/questions?done=added');
    await refused('/questions', { text: 'how are on-call hours paid at {company}?' }, 409, 'That question is already in the bank.');
    await refused('/questions', { text: '' }, 400, 'Write {company} where the company name goes. Needs an answer.');
    await refused('/questions', { text: 'Why?', trigger: '99' }, 404, 'No trigger "99"');
    const id = await add('Initech');
    expect(await text(`/opportunities/${id}`)).toContain('How are on-call hours paid at Initech?');
    res = await k.post('/questions/12/retire', {});
    expect(res.headers.get('location')).toBe('/questions?done=retired');
    page = await text('/questions');
    expect(page).toMatch(/Retired How are on-call hours paid at …\? your own/);
    await refused('/questions/12/retire', {}, 409, 'Question 12 is already retired.');
  });
});
