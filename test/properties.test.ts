// Properties of the verdict over generated histories (fast-check), on the real store in memory.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIn } from '../src/app/check-in.service.js';
import { startJob } from '../src/app/jobs.service.js';
import { initKeel } from '../src/app/setup.service.js';
import { observe } from '../src/app/triggers.service.js';
import { evaluate } from '../src/app/verdict.service.js';
import { addDays, addWeeks, isoWeekOf } from '../src/core/iso-week.js';
import { LEVEL_RANK } from '../src/core/rules.js';
import { STARTER_TRIGGERS } from '../src/core/template.js';
import { memoryKeel } from './helpers/memory.js';

const AS_OF = '2026-11-29';
const slugs = STARTER_TRIGGERS.map((t) => t.slug);
const scale = fc.integer({ min: 1, max: 5 });
const checkInArb = fc.record({
  weeksAgo: fc.integer({ min: 0, max: 15 }),
  hours: fc.integer({ min: 20, max: 60 }),
  quality: scale,
  satisfaction: scale,
  energy: scale,
  growth: scale,
  respected: fc.boolean(),
});
const observationArb = fc.record({ daysAgo: fc.integer({ min: 0, max: 120 }), slug: fc.constantFrom(...slugs), severity: fc.integer({ min: 1, max: 3 }) });
const historyArb = fc.record({
  checkIns: fc.uniqueArray(checkInArb, { selector: (c) => c.weeksAgo, maxLength: 12 }),
  observations: fc.array(observationArb, { maxLength: 8 }),
});
type History = typeof historyArb extends fc.Arbitrary<infer T> ? T : never;

async function keelWith(history: History, today = AS_OF) {
  const k = await memoryKeel(today);
  await initKeel(k, 'starter');
  await startJob(k, { employer: 'Acme', title: 'Engineer', startedOn: '2024-01-01' });
  for (const c of history.checkIns) {
    const { weeksAgo, ...answers } = c;
    await checkIn(k, { ...answers, week: addWeeks(isoWeekOf(AS_OF), -weeksAgo) });
  }
  for (const o of history.observations) await observe(k, { trigger: o.slug, observedOn: addDays(AS_OF, -o.daysAgo), severity: o.severity });
  return k;
}

describe('verdict properties', () => {
  it('adding an observation never lowers the verdict', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, observationArb, async (history, extra) => {
        const k = await keelWith(history);
        try {
          const before = await evaluate(k, AS_OF);
          await observe(k, { trigger: extra.slug, observedOn: addDays(AS_OF, -extra.daysAgo), severity: extra.severity });
          const after = await evaluate(k, AS_OF);
          expect(LEVEL_RANK[after.verdict]).toBeGreaterThanOrEqual(LEVEL_RANK[before.verdict]);
        } finally {
          await k.close();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('evaluation as of a date ignores everything dated after it', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, fc.integer({ min: 1, max: 60 }), fc.array(observationArb, { minLength: 1, maxLength: 5 }), async (history, back, later) => {
        const asOf = addDays(AS_OF, -back);
        const k = await keelWith(history);
        try {
          const before = await evaluate(k, asOf);
          // Later data: observations after asOf, and check-ins in weeks after asOf's week.
          for (const o of later) await observe(k, { trigger: o.slug, observedOn: addDays(asOf, 1 + (o.daysAgo % Math.max(1, back))), severity: o.severity });
          for (let w = 1; addWeeks(isoWeekOf(asOf), w) <= isoWeekOf(AS_OF); w++) {
            const week = addWeeks(isoWeekOf(asOf), w);
            if (!(await k.store.getCheckIn(week))) await checkIn(k, { week, hours: 60, quality: 1, satisfaction: 1, energy: 1, growth: 1, respected: false });
          }
          expect(await evaluate(k, asOf)).toEqual(before);
        } finally {
          await k.close();
        }
      }),
      { numRuns: 30 },
    );
  });
});
