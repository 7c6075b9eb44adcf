import { checkInChanges, verdictChange } from '../core/changes.js';
import { REVIEW_DAYS_SETTING, reviewDaysFrom, reviewNudge } from '../core/doc/review.js';
import { addDays, addWeeks, type IsoDate, type IsoWeek, isoWeekOf, mondayOf, parseDate, sundayOf, windowStart } from '../core/iso-week.js';
import type { Rule, VerdictWord } from '../core/rules.js';
import {
  combine,
  judgeAbsence,
  judgeCluster,
  judgeFlag,
  judgeInstrument,
  judgeRepeat,
  judgeSustained,
  judgeTenure,
  judgeWorkload,
  type Outcome,
  type Verdict,
} from '../core/verdict.js';
import { type Ctx, requireInitialized } from './context.js';
import type { Store } from './ports.js';

/**
 * Evaluates every enabled rule as of a day, using only data up to that day. Windows are clipped to
 * the job open on that day: what happened at a previous employer says nothing about this one.
 */
export async function evaluate({ store, clock }: Ctx, asOfInput?: unknown): Promise<Verdict> {
  const asOf = parseDate(asOfInput ?? clock.today(), 'asOf');
  await requireInitialized(store);
  const [rules, principles, job] = await Promise.all([store.listRules(), store.listPrinciples(), store.jobOn(asOf)]);
  const quote = new Map(principles.map((p) => [p.id, p.text]));
  const outcomes: Outcome[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const principle = (rule.principleId !== null ? quote.get(rule.principleId) : undefined) ?? rule.belief;
    outcomes.push(await judge(store, rule, { asOf, principle }, job?.startedOn ?? null, job));
  }
  const verdict = combine(asOf, outcomes);
  const review = reviewNudge(principles, asOf, reviewDaysFrom(await store.getSetting(REVIEW_DAYS_SETTING)));
  return review ? { ...verdict, nudges: [...verdict.nudges, review] } : verdict;
}

async function judge(
  store: Store,
  rule: Rule,
  ctx: { asOf: IsoDate; principle: string },
  clip: IsoDate | null,
  job: { employer: string; startedOn: IsoDate } | null,
): Promise<Outcome> {
  const { asOf } = ctx;
  const from = (weeks: number): IsoDate => {
    const start = windowStart(asOf, weeks);
    return clip && clip > start ? clip : start;
  };
  const fromWeek = (weeks: number): IsoWeek => isoWeekOf(from(weeks));
  const toWeek = isoWeekOf(asOf);
  switch (rule.kind) {
    case 'cluster':
      return judgeCluster(rule, ctx, await store.facts.triggers(from(rule.params.weeks), asOf));
    case 'repeat':
      return judgeRepeat(rule, ctx, await store.facts.triggers(from(rule.params.weeks), asOf));
    case 'sustained': {
      const { metric, atMost, weeks } = rule.params;
      return judgeSustained(rule, ctx, await store.facts.checkIns(fromWeek(weeks), toWeek, { metricAtMost: { metric, value: atMost } }, metric));
    }
    case 'flag':
      return judgeFlag(rule, ctx, await store.facts.checkIns(fromWeek(rule.params.weeks), toWeek, { notRespected: true }, 'quality'));
    case 'workload': {
      const { weeks, hoursAtLeast, qualityAtMost } = rule.params;
      return judgeWorkload(rule, ctx, await store.facts.checkIns(fromWeek(weeks), toWeek, { hoursAtLeast, qualityAtMost }, 'quality'));
    }
    case 'tenure':
      return judgeTenure(rule, ctx, { job, lastSearchStartedOn: await store.facts.lastSearchStartedOn(asOf) });
    case 'instrument': {
      const facts = await store.facts.instrumentScores(rule.params.instrument, toWeek);
      const first = facts.scores[0];
      // "Latest" means the newest within the window; older answers are history, not a current score.
      if (!first || first.week < fromWeek(rule.params.weeks)) return judgeInstrument(rule, ctx, { scores: [] });
      return judgeInstrument(rule, ctx, facts);
    }
    case 'absence': {
      const weeks = rule.params.weeks;
      const [checkIns, wins, lastWinOn] = await Promise.all([
        store.facts.countCheckIns(fromWeek(weeks), toWeek),
        store.facts.countAccomplishments(from(weeks), asOf),
        store.facts.lastAccomplishmentOn(asOf),
      ]);
      return judgeAbsence(rule, ctx, { checkIns, wins, lastWinOn });
    }
  }
}

export interface HistoryPoint {
  week: IsoWeek;
  asOf: IsoDate;
  verdict: Verdict['verdict'];
  reasons: string[];
}

/** The verdict at the end of each of the last `weeks` weeks (the current week as of `asOf`). */
export async function verdictHistory(ctx: Ctx, asOfInput?: unknown, weeks = 26): Promise<HistoryPoint[]> {
  const asOf = parseDate(asOfInput ?? ctx.clock.today(), 'asOf');
  const points: HistoryPoint[] = [];
  const current = isoWeekOf(asOf);
  for (let i = weeks - 1; i >= 0; i--) {
    const week = addWeeks(current, -i);
    const day = i === 0 ? asOf : sundayOf(week);
    const v = await evaluate(ctx, day);
    points.push({ week, asOf: day, verdict: v.verdict, reasons: v.reasons.map((r) => r.rule) });
  }
  return points;
}

export interface WeekChange {
  /** The verdict at the end of the week (today, for the current week). */
  verdict: Verdict;
  /** The verdict on the day before the week began. */
  before: VerdictWord;
  /** `satisfaction up from 2 to 4`, …, then `verdict still WATCH` / `verdict now LOOK (was WATCH)`. */
  changes: string[];
}

/** What a week's check-in changed: its answers against the week before, and the verdict across the week. Null without a check-in. */
export async function weekChange(ctx: Ctx, week: IsoWeek): Promise<WeekChange | null> {
  const { store, clock } = ctx;
  const current = await store.getCheckIn(week);
  if (!current) return null;
  const today = clock.today();
  const [previous, before, verdict] = await Promise.all([
    store.getCheckIn(addWeeks(week, -1)),
    evaluate(ctx, addDays(mondayOf(week), -1)),
    evaluate(ctx, week === isoWeekOf(today) ? today : sundayOf(week)),
  ]);
  return { verdict, before: before.verdict, changes: [...checkInChanges(previous, current), verdictChange(before.verdict, verdict.verdict)] };
}
