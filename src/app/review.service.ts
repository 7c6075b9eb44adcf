import type { Direction } from '../core/direction.js';
import type { Principle, Search } from '../core/domain.js';
import { addWeeks, type IsoDate, isoWeekOf, windowStart } from '../core/iso-week.js';
import { type Growth, growthAnswer, principlesDue, type Trend, verdictTrend } from '../core/review.js';
import { isoDateSchema, parseField } from '../core/validation.js';
import type { Nudge } from '../core/verdict.js';
import { type Ctx, requireInitialized } from './context.js';
import { type GoalWithEvidence, showDirection } from './opportunities.queries.js';
import { evaluate, type HistoryPoint, verdictHistory } from './verdict.service.js';

/** A quarter is the last 13 ISO weeks, so a review on the first Monday of a quarter still looks back a full quarter. */
const QUARTER_WEEKS = 13;

export interface Review {
  asOf: IsoDate;
  from: IsoDate;
  principlesDue: (Principle & { lastLookedOn: IsoDate })[];
  trend: Trend & { weeks: HistoryPoint[] };
  direction: Direction | null;
  goals: GoalWithEvidence[];
  /** Wins of the quarter, and how many of them are evidence for no goal. */
  wins: { total: number; unlinked: number };
  growth: Growth;
  lightSearch: { due: Nudge | null; open: Search | null; last: Search | null };
}

/** The quarterly review: what to look at again, how the verdict went, goals and evidence, growth, and whether to look around. */
export async function quarterlyReview(ctx: Ctx, asOfInput?: unknown): Promise<Review> {
  const asOf = parseField('asOf', isoDateSchema, asOfInput ?? ctx.clock.today());
  const { store } = ctx;
  await requireInitialized(store);
  const from = windowStart(asOf, QUARTER_WEEKS);
  const thisWeek = isoWeekOf(asOf);
  const firstWeek = isoWeekOf(from);
  const earlierWeek = addWeeks(firstWeek, -QUARTER_WEEKS);
  const [principles, weeks, verdict, direction, wins, growthWeeks, searches] = await Promise.all([
    store.listPrinciples(),
    verdictHistory(ctx, asOf, QUARTER_WEEKS),
    evaluate(ctx, asOf),
    showDirection(ctx),
    store.listAccomplishmentsBetween(from, asOf),
    // Growth of this quarter and the one before, bounded in SQL (no condition: every check-in of the window).
    store.facts.checkIns(earlierWeek, thisWeek, {}, 'growth'),
    store.listSearches(),
  ]);
  const growth = (inQuarter: boolean) => growthWeeks.matching.filter((c) => c.week >= firstWeek === inQuarter).map((c) => c.value);
  const linked = new Set(direction.goals.flatMap((g) => g.evidence));
  const started = searches.filter((s) => s.startedOn <= asOf);
  return {
    asOf,
    from,
    principlesDue: principlesDue(principles, asOf),
    trend: { ...verdictTrend(weeks), weeks },
    direction: direction.current,
    goals: direction.goals,
    wins: { total: wins.length, unlinked: wins.filter((w) => !linked.has(w.id)).length },
    growth: growthAnswer(growth(true), growth(false), wins.filter((w) => w.kind === 'learned').length),
    lightSearch: {
      due: verdict.nudges.find((n) => n.kind === 'light-search') ?? null,
      open: started.find((s) => s.endedOn === null || s.endedOn >= asOf) ?? null,
      last: started.at(-1) ?? null,
    },
  };
}
