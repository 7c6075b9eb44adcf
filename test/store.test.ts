// One store suite over both engines: SQLite always, PostgreSQL when KEEL_TEST_PG holds a URL.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkIn } from '../src/app/check-in.service.js';
import { fixedClock } from '../src/app/context.js';
import { startJob } from '../src/app/jobs.service.js';
import type { Store } from '../src/app/ports.js';
import { setRuleParam } from '../src/app/rules.service.js';
import { initKeel } from '../src/app/setup.service.js';
import { exportAll, importAll } from '../src/app/transfer.service.js';
import { observe, renameTrigger, restoreTrigger, retireTrigger } from '../src/app/triggers.service.js';
import { evaluate } from '../src/app/verdict.service.js';
import { engines } from './helpers/engines.js';

const clock = fixedClock('2026-11-29');

const ENGINES = engines(clock, 'keel_test');

describe.each(ENGINES)('store on $name', (engine) => {
  let store: Store;
  let close: () => Promise<void>;
  const ctx = () => ({ store, clock });

  // Every test has a database of its own, so none depends on another having run first.
  beforeEach(async () => {
    ({ store, close } = await engine.open());
    await initKeel(ctx(), 'starter');
    await startJob(ctx(), { employer: 'Globex', title: 'Staff Engineer', startedOn: '2024-06-03' });
  });
  afterEach(async () => close());

  /** Two check-ins (the second observing blame, both unsatisfied) and two observations of values in W47. */
  const seed = async () => {
    const base = { hours: 37.5, quality: 4, satisfaction: 2, energy: 3, growth: 3, respected: true };
    await checkIn(ctx(), { ...base, week: '2026-W47', who5: [3, 3, 2, 2, 2], cbi: [3, 3, 3, 3, 3, 3, 3], win: ['Shipped'] });
    await checkIn(ctx(), { ...base, week: '2026-W48', observe: ['blame'] });
    await observe(ctx(), { trigger: 'values', observedOn: '2026-11-20' });
    await observe(ctx(), { trigger: 'values', observedOn: '2026-11-21' });
  };

  it('creates the starter template as data', async () => {
    expect((await store.listTriggers()).map((t) => t.slug)).toContain('psych-safety');
    expect(await store.listRules()).toHaveLength(12);
    expect((await store.listSections()).map((s) => s.title)).toEqual(['Health', 'Staff engineering', 'Job hunting', 'Productivity', 'Coding']);
  });

  it('saves check-ins with scores and refuses a second one for the same week', async () => {
    const base = { hours: 37.5, quality: 4, satisfaction: 2, energy: 3, growth: 3, respected: true };
    const r = await checkIn(ctx(), { ...base, week: '2026-W47', who5: [3, 3, 2, 2, 2], cbi: [3, 3, 3, 3, 3, 3, 3], win: ['Shipped'] });
    expect(r.checkIn.hours).toBe(37.5);
    expect(r.wins[0]?.achievedOn).toBe('2026-11-16');
    await expect(checkIn(ctx(), { ...base, week: '2026-W47' })).rejects.toThrow(/already checked in for 2026-W47/);
    await checkIn(ctx(), { ...base, week: '2026-W48', observe: ['blame'] });
    expect((await store.facts.instrumentScores('who5', '2026-W48')).scores).toEqual([{ week: '2026-W47', score: 48 }]);
    expect((await store.facts.instrumentScores('cbi', '2026-W48')).scores[0]?.score).toBeCloseTo((6 * 75 + 25) / 7, 5);
  });

  it('counts in SQL within the window bounds', async () => {
    await seed();
    const facts = await store.facts.triggers('2026-11-16', '2026-11-29');
    expect(facts.triggers.find((t) => t.slug === 'values')?.weeks).toEqual(['2026-W47']);
    expect(facts.triggers.find((t) => t.slug === 'blame')?.weeks).toEqual(['2026-W48']);
    expect(await store.facts.countCheckIns('2026-W47', '2026-W48')).toBe(2);
    const values = (await store.listTriggers()).find((t) => t.slug === 'values');
    expect((await store.triggerTallies()).find((x) => x.triggerId === values?.id)).toEqual({ triggerId: values?.id, count: 2, lastOn: '2026-11-21' });
    expect((await store.listObservations(values?.id)).map((o) => o.observedOn)).toEqual(['2026-11-20', '2026-11-21']);
    const low = await store.facts.checkIns('2026-W45', '2026-W48', { metricAtMost: { metric: 'satisfaction', value: 2 } }, 'satisfaction');
    expect(low).toEqual({
      total: 2,
      matching: [expect.objectContaining({ week: '2026-W48', value: 2 }), expect.objectContaining({ week: '2026-W47', value: 2 })],
    });
  });

  it('evaluates the same verdict on every engine', async () => {
    await seed();
    const v = await evaluate(ctx(), '2026-11-29');
    // Three signs at watch level (two triggers, two unsatisfied weeks, blame once): still WATCH, none is LOOK on its own.
    expect(v.verdict).toBe('watch');
    expect(v.reasons.find((r) => r.rule === 'triggers-cluster')?.level).toBe('watch');
    expect(v.reasons.find((r) => r.rule === 'unsatisfied')?.level).toBe('watch');
    expect(v.reasons.find((r) => r.rule === 'blame-culture')?.level).toBe('watch');
    expect(v.nudges.map((n) => n.rule)).toContain('low-wellbeing');
  });

  it('exports deterministically and imports all or nothing', async () => {
    await seed();
    const first = await exportAll(ctx());
    expect(await exportAll(ctx())).toBe(first);
    const other = await engine.open();
    try {
      const octx = { store: other.store, clock };
      await importAll(octx, first, 'file');
      expect(await exportAll(octx)).toBe(first);
      const broken = JSON.parse(first);
      broken.observations.push({ id: 999, triggerId: 12345, observedOn: '2026-11-01', severity: 1, note: null });
      await expect(importAll(octx, JSON.stringify(broken), 'file', true)).rejects.toThrow(/observations\.\d+\.triggerId: refers to a missing trigger/);
      expect(await exportAll(octx)).toBe(first);
      // After an import, new rows get fresh ids (Postgres sequences are moved past the imported ones).
      await observe(octx, { trigger: 'privacy', observedOn: '2026-11-28' });
    } finally {
      await other.close();
    }
  });

  it('hands out the distinct observation notes of each trigger (the words red flags are matched against)', async () => {
    const blame = (await store.listTriggers()).find((t) => t.slug === 'blame');
    for (const note of ['Postmortem turned into finger-pointing', 'Postmortem turned into finger-pointing', 'Blamed the intern'])
      await observe(ctx(), { trigger: 'blame', observedOn: '2026-11-22', note });
    expect((await store.observationNotes()).filter((n) => n.triggerId === blame?.id)).toEqual([
      { triggerId: blame?.id, note: 'Blamed the intern' },
      { triggerId: blame?.id, note: 'Postmortem turned into finger-pointing' },
    ]);
  });

  it('renames a trigger with the rules that watch it, and restores a retired one, in one transaction each', async () => {
    await setRuleParam(ctx(), 'trigger-persists', 'trigger', 'inclusion');
    await observe(ctx(), { trigger: 'inclusion', observedOn: '2026-11-23' });
    expect(await renameTrigger(ctx(), 'inclusion', 'less-inclusion')).toMatchObject({ previousSlug: 'inclusion', rulesFollowed: 1 });
    expect((await store.listRules()).find((r) => r.name === 'trigger-persists')?.params).toMatchObject({ trigger: 'less-inclusion' });
    expect((await store.facts.triggers('2026-11-23', '2026-11-29')).triggers.map((t) => t.slug)).toContain('less-inclusion');
    await expect(renameTrigger(ctx(), 'less-inclusion', 'blame')).rejects.toMatchObject({ code: 'Conflict' });
    await retireTrigger(ctx(), 'less-inclusion');
    expect((await store.facts.triggers('2026-11-23', '2026-11-29')).triggers.map((t) => t.slug)).not.toContain('less-inclusion');
    expect(await restoreTrigger(ctx(), 'less-inclusion')).toMatchObject({ active: true, retiredAt: null });
    expect((await store.listTriggers()).find((t) => t.slug === 'less-inclusion')).toMatchObject({ active: true, retiredAt: null });
    expect((await store.facts.triggers('2026-11-23', '2026-11-29')).triggers.map((t) => t.slug)).toContain('less-inclusion');
  });
});
