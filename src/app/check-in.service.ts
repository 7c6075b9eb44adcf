import type { Accomplishment, CheckIn, Observation } from '../core/domain.js';
import { invalidField, KeelError } from '../core/errors.js';
import { scoreCbiWork, scoreWho5 } from '../core/instruments.js';
import { isoWeekOf, mondayOf } from '../core/iso-week.js';
import { checkInInputSchema, parseInput, together } from '../core/validation.js';
import { type Ctx, requireInitialized } from './context.js';
import { findTrigger } from './triggers.service.js';

export interface CheckInRequest {
  week?: unknown;
  hours: unknown;
  quality: unknown;
  satisfaction: unknown;
  energy: unknown;
  growth: unknown;
  respected: unknown;
  note?: unknown;
  who5?: unknown;
  cbi?: unknown;
  observe?: string[];
  win?: string[];
  replace?: boolean;
}

export interface CheckInResult {
  checkIn: CheckIn;
  replaced: boolean;
  observations: (Observation & { slug: string })[];
  wins: Accomplishment[];
}

/**
 * Records the week's check-in with its observed triggers and wins (dated on the week's Monday),
 * all in one transaction. A second check-in for a week is refused unless `replace`.
 */
export async function checkIn({ store, clock }: Ctx, req: CheckInRequest): Promise<CheckInResult> {
  const thisWeek = isoWeekOf(clock.today());
  // Every answer is judged at once, so a form shows every problem together.
  const { input, wins } = together({
    input: () => {
      const i = parseInput(checkInInputSchema, {
        week: req.week ?? isoWeekOf(clock.today()),
        hours: req.hours,
        quality: req.quality,
        satisfaction: req.satisfaction,
        energy: req.energy,
        growth: req.growth,
        respected: req.respected,
        note: req.note ?? null,
        who5: req.who5 ?? null,
        cbi: req.cbi ?? null,
      });
      if (i.week > thisWeek)
        throw invalidField('week', `${i.week} has not started yet (this is ${thisWeek})`, `Check in for this week (${thisWeek}) or an earlier one.`);
      return i;
    },
    wins: () => {
      const w = (req.win ?? []).map((x) => x.trim());
      if (w.some((x) => x.length === 0 || x.length > 2000)) throw invalidField('win', 'must be 1–2000 characters each');
      return w;
    },
  });
  const scores = { who5: input.who5 ? scoreWho5(input.who5).percentage : null, cbi: input.cbi ? scoreCbiWork(input.cbi) : null };
  const monday = mondayOf(input.week);

  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const existing = await tx.getCheckIn(input.week);
    if (existing && !req.replace) {
      throw new KeelError('Conflict', `you already checked in for ${input.week}`, 'Replace it to change your answers.', {
        see: { place: 'replace-check-in', ref: input.week },
      });
    }
    const triggers = [];
    for (const ref of req.observe ?? []) {
      const t = await findTrigger(tx, ref);
      if (!t.active) throw new KeelError('Conflict', `trigger ${t.slug} is retired`, undefined, { see: { place: 'triggers' } });
      triggers.push(t);
    }
    const checkIn = await tx.saveCheckIn(input, scores, clock.now(), existing !== null);
    const observations = [];
    for (const t of triggers) observations.push({ ...(await tx.insertObservation(t.id, { observedOn: monday, severity: 1, note: null })), slug: t.slug });
    const saved: Accomplishment[] = [];
    for (const text of wins) saved.push(await tx.insertAccomplishment({ achievedOn: monday, text, impact: null, kind: 'delivered', people: [] }));
    return { checkIn, replaced: existing !== null, observations, wins: saved };
  });
}

export { listCheckIns } from './queries.js';
