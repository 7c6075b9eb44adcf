// Job hunting and direction over the real store, on SQLite always and on PostgreSQL when KEEL_TEST_PG holds a URL.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareOpportunities } from '../src/app/compare.service.js';
import { fixedClock } from '../src/app/context.js';
import { addGoal, linkEvidence, setDirection } from '../src/app/direction.service.js';
import { addNote, answerQuestion, flag } from '../src/app/interviews.service.js';
import { startJob } from '../src/app/jobs.service.js';
import { findOpportunity, showDirection } from '../src/app/opportunities.queries.js';
import { addOpportunity, markPrinciple, moveOpportunity, recordOffer } from '../src/app/opportunities.service.js';
import { showOpportunity } from '../src/app/opportunity-detail.service.js';
import type { Store } from '../src/app/ports.js';
import { listQuestions } from '../src/app/questions.service.js';
import { quarterlyReview } from '../src/app/review.service.js';
import { endSearch, startSearch } from '../src/app/search.service.js';
import { initKeel } from '../src/app/setup.service.js';
import { exportAll, importAll } from '../src/app/transfer.service.js';
import { addTrigger, observe } from '../src/app/triggers.service.js';
import { addWeeks, isoWeekOf, windowStart } from '../src/core/iso-week.js';
import { engines } from './helpers/engines.js';

const clock = fixedClock('2026-11-29');

const ENGINES = engines(clock, 'keel_hunt');

describe.each(ENGINES)('job hunting on $name', (engine) => {
  let store: Store;
  let close: () => Promise<void>;
  const ctx = () => ({ store, clock });

  // Every test has a database of its own; one that needs what another one made replays it with `story`.
  beforeEach(async () => {
    ({ store, close } = await engine.open());
    await initKeel(ctx(), 'starter');
    await startJob(ctx(), { employer: 'Globex', title: 'Staff Engineer', level: 'L6', startedOn: '2022-06-01' });
  });
  afterEach(async () => close());

  /** The job hunt so far, step by step, as the tests below tell it. */
  const STEPS = {
    search: async () => {
      await startSearch(ctx(), { kind: 'light', startedOn: '2026-11-01' });
      await endSearch(ctx(), '2026-11-28');
    },
    initech: async () => {
      await addOpportunity(ctx(), { company: 'Initech', role: 'Staff Engineer', on: '2026-11-02' });
      await moveOpportunity(ctx(), 'initech', { stage: 'interviewing', movedOn: '2026-11-10' });
      await recordOffer(ctx(), 'initech', { pay: 185000.5, currency: 'eur', level: 'Staff', track: 'ic', deadline: '2026-12-11' });
    },
    flags: async () => {
      await observe(ctx(), { trigger: 'psych-safety', observedOn: '2026-10-05', note: 'The outage review named and shamed Sam' });
      const a = await answerQuestion(ctx(), 'initech', 'leave', {
        text: 'People get blamed instead of fixing the problem',
        answeredOn: '2026-11-10',
        who: 'Ana',
      });
      await flag(ctx(), { answer: a.answer.id, trigger: 'blame', severity: 3 });
      await addNote(ctx(), 'initech', { text: 'Another outage, another person named and shamed', who: 'Bob', flag: ['psych-safety'], severity: 2 });
      await addNote(ctx(), 'initech', { text: 'Leadership ignores the values on the wall' });
    },
    hooli: async () => {
      await addOpportunity(ctx(), { company: 'Hooli', role: 'Principal Engineer', stage: 'applied', on: '2026-11-03' });
      await markPrinciple(ctx(), 'initech', '10', { fits: false, note: '45-hour weeks' });
    },
    direction: async () => {
      await setDirection(ctx(), { track: 'principal-ic', archetype: 'architect' });
      await setDirection(ctx(), { breadth: 'deep' });
      await store.insertAccomplishment({ achievedOn: '2026-10-02', text: 'Led the storage migration', impact: null, kind: 'delivered', people: [] });
      const goal = await addGoal(ctx(), 'Lead a cross-team design');
      await linkEvidence(ctx(), String(goal.id), ['storage migration']);
    },
  };
  const story = async (...steps: (keyof typeof STEPS)[]) => {
    for (const step of steps) await STEPS[step]();
  };

  it('records a search that satisfies the light-search-due rule, and ends it', async () => {
    expect((await quarterlyReview(ctx())).lightSearch.due?.rule).toBe('light-search-due');
    await startSearch(ctx(), { kind: 'light', startedOn: '2026-11-01' });
    await expect(startSearch(ctx(), {})).rejects.toThrow(/still open/);
    const review = await quarterlyReview(ctx());
    expect([review.lightSearch.due, review.lightSearch.open?.startedOn]).toEqual([null, '2026-11-01']);
    expect((await endSearch(ctx(), '2026-11-28')).endedOn).toBe('2026-11-28');
  });

  it('derives the stage from the latest move and refuses moves back or before the last one', async () => {
    const o = await addOpportunity(ctx(), { company: 'Initech', role: 'Staff Engineer', on: '2026-11-02' });
    expect([o.stage, o.stageOn]).toEqual(['saved', '2026-11-02']);
    await moveOpportunity(ctx(), 'initech', { stage: 'interviewing', movedOn: '2026-11-10' });
    await expect(moveOpportunity(ctx(), 'initech', { stage: 'applied' })).rejects.toThrow(/cannot move back/);
    await expect(moveOpportunity(ctx(), 'initech', { stage: 'offer', movedOn: '2026-11-09' })).rejects.toThrow(/after 2026-11-09/);
    const { opportunity, moved } = await recordOffer(ctx(), 'initech', { pay: 185000.5, currency: 'eur', level: 'Staff', track: 'ic', deadline: '2026-12-11' });
    expect(moved?.stage).toBe('offer');
    expect(opportunity.offer).toEqual({ pay: 185000.5, currency: 'EUR', level: 'Staff', track: 'ic', deadline: '2026-12-11', note: null });
    expect((await showOpportunity(ctx(), 'initech')).moves.map((m) => m.stage)).toEqual(['saved', 'interviewing', 'offer']);
  });

  it('seeds the question bank once, with a question for every trigger added later', async () => {
    const first = await listQuestions(ctx());
    expect(first[0]?.text).toBe('What would make you want to leave {company}?');
    expect(first.filter((q) => q.origin === 'trigger')).toHaveLength(10);
    await addTrigger(ctx(), { text: 'Promises about promotion keep moving', slug: 'promo' });
    const after = await listQuestions(ctx());
    expect(after).toHaveLength(first.length + 1);
    expect(after.at(-1)?.slug).toBe('promo');
  });

  it('flags answers and notes, groups red flags by trigger, and suggests triggers for unflagged ones', async () => {
    await story('initech');
    await observe(ctx(), { trigger: 'psych-safety', observedOn: '2026-10-05', note: 'The outage review named and shamed Sam' });
    const a = await answerQuestion(ctx(), 'initech', 'leave', {
      text: 'People get blamed instead of fixing the problem',
      answeredOn: '2026-11-10',
      who: 'Ana',
    });
    expect(a.question).toBe('What would make you want to leave Initech?');
    expect(a.suggestions[0]?.slug).toBe('blame');
    await flag(ctx(), { answer: a.answer.id, trigger: 'blame', severity: 3 });
    await expect(flag(ctx(), { answer: a.answer.id, trigger: 'blame' })).rejects.toThrow(/already flagged/);
    const n = await addNote(ctx(), 'initech', { text: 'Another outage, another person named and shamed', who: 'Bob', flag: ['psych-safety'], severity: 2 });
    expect(n.flags).toHaveLength(1);
    await addNote(ctx(), 'initech', { text: 'Leadership ignores the values on the wall' });
    const d = await showOpportunity(ctx(), 'initech');
    expect(d.redFlags.map((g) => [g.slug, g.flags.map((f) => [f.source, f.severity])])).toEqual([
      ['blame', [['answer', 3]]],
      ['psych-safety', [['note', 2]]],
    ]);
    expect(d.answers[0]?.suggestions).toEqual([]);
    expect(d.notes.find((x) => x.text.startsWith('Leadership'))?.suggestions[0]?.slug).toBe('values');
  });

  it('reads one opportunity, answer or note by id in SQL; an unknown or out-of-range id names none', async () => {
    await story('initech', 'flags');
    const [a] = await store.listAnswers();
    const [n] = await store.listOpportunityNotes();
    expect(await store.getAnswer(a?.id as number)).toEqual(a);
    expect(await store.getOpportunityNote(n?.id as number)).toEqual(n);
    expect(await store.getOpportunity(1)).toEqual((await store.listOpportunities())[0]);
    for (const id of [999, 2 ** 31, 99_999_999_999]) {
      expect([await store.getOpportunity(id), await store.getAnswer(id), await store.getOpportunityNote(id)]).toEqual([null, null, null]);
    }
    await expect(findOpportunity(store, '99999999999')).rejects.toThrow(/no opportunity "99999999999"/);
    await expect(flag(ctx(), { answer: 99_999_999_999, trigger: 'blame' })).rejects.toThrow(/no answer 99999999999/);
    await expect(flag(ctx(), { note: 999, trigger: 'blame' })).rejects.toThrow(/no note 999/);
    const flagged = await flag(ctx(), { note: n?.id, trigger: 'values' });
    expect(flagged).toMatchObject({ triggerId: expect.any(Number), answerId: null, noteId: n?.id });
  });

  it('compares against the current job, with principles marked relevant (marking again replaces)', async () => {
    await story('initech', 'flags');
    await addOpportunity(ctx(), { company: 'Hooli', role: 'Principal Engineer', stage: 'applied', on: '2026-11-03' });
    await markPrinciple(ctx(), 'initech', '10', { fits: true });
    await markPrinciple(ctx(), 'initech', '10', { fits: false, note: '45-hour weeks' });
    const c = await compareOpportunities(ctx(), ['initech', 'hooli']);
    expect(c.columns.map((x) => x.company)).toEqual(['Globex', 'Initech', 'Hooli']);
    const row = (slug: string) => c.triggers.find((t) => t.slug === slug)?.cells.map((x) => x.count);
    expect(row('blame')).toEqual([0, 1, 0]);
    expect(row('psych-safety')).toEqual([1, 1, 0]);
    expect(c.principles).toEqual([{ id: 10, text: expect.any(String), cells: [null, { fits: false, note: '45-hour weeks' }, null] }]);
  });

  it('keeps a history of directions and links wins to goals', async () => {
    await setDirection(ctx(), { track: 'principal-ic', archetype: 'architect' });
    expect((await setDirection(ctx(), { track: 'principal-ic' })).changed).toBe(false);
    await setDirection(ctx(), { breadth: 'deep' });
    await store.insertAccomplishment({ achievedOn: '2026-10-02', text: 'Led the storage migration', impact: null, kind: 'delivered', people: [] });
    const goal = await addGoal(ctx(), 'Lead a cross-team design');
    await linkEvidence(ctx(), String(goal.id), ['storage migration', 'STORAGE']);
    const view = await showDirection(ctx());
    expect(view.current).toMatchObject({ track: 'principal-ic', archetype: 'architect', breadth: 'deep' });
    expect(view.history).toHaveLength(2);
    expect(view.goals[0]?.wins.map((w) => w.text)).toEqual(['Led the storage migration']);
  });

  it('exports and imports every hunt table byte for byte, and new rows get fresh ids afterwards', async () => {
    await story('search', 'initech', 'flags', 'hooli', 'direction');
    const first = await exportAll(ctx());
    const data = JSON.parse(first);
    for (const key of ['opportunities', 'stageMoves', 'questions', 'answers', 'redFlags', 'relevantPrinciples', 'directions', 'goals', 'opportunityNotes'])
      expect(data[key].length, key).toBeGreaterThan(0);
    const other = await engine.open();
    try {
      const octx = { store: other.store, clock };
      await importAll(octx, first, 'file');
      expect(await exportAll(octx)).toBe(first);
      const o = await addOpportunity(octx, { company: 'Pied Piper', role: 'Staff Engineer' });
      expect(o.id).toBe(3);
      await importAll(octx, first, 'file', true);
      expect(await exportAll(octx)).toBe(first);
    } finally {
      await other.close();
    }
  });

  it('reviews growth over this quarter against the one before, from the check-ins of those 26 weeks only', async () => {
    const firstWeek = isoWeekOf(windowStart('2026-11-29', 13));
    const at = '2026-11-29T12:00:00.000Z';
    const save = (week: string, growth: number) =>
      store.saveCheckIn(
        { week, hours: 40, quality: 3, satisfaction: 3, energy: 3, growth, respected: true, note: null, who5: null, cbi: null },
        { who5: null, cbi: null },
        at,
        false,
      );
    await save(addWeeks(firstWeek, -14), 5); // before the earlier quarter
    await save(addWeeks(firstWeek, -13), 2);
    await save(addWeeks(firstWeek, -1), 3);
    for (const w of [0, 4, 8, 12]) await save(addWeeks(firstWeek, w), 4);
    await save(addWeeks(firstWeek, 13), 1); // after asOf
    expect((await quarterlyReview(ctx())).growth).toMatchObject({ answer: 'yes', checkIns: 4, average: 4, previousAverage: 2.5 });
  });
});
