/**
 * Judging: pure functions from the facts the store counted (per rule, per window) to reasons, nudges
 * and "not enough data", and the combination of those into one explained verdict.
 * Over 300 lines on purpose: the eight judges share the window arithmetic and the wording helpers
 * here, and each reads best next to the others (one per rule kind, in the order the README lists them).
 */
import { addDays, addWeeks, compareIso, dayNumber, type IsoDate, type IsoWeek, isoWeekOf, mondayOf, shortDate, sundayOf, weeksBetween } from './iso-week.js';
import { LEVEL_RANK, type Level, levelFor, lowestThreshold, type NudgeKind, type Rule, type RuleOf, type VerdictWord } from './rules.js';

export interface Evidence {
  date: IsoDate;
  what: string;
}
export interface Reason {
  rule: string;
  level: Level;
  summary: string;
  principle: string;
  evidence: Evidence[];
}
export interface Nudge {
  rule: string;
  kind: NudgeKind;
  message: string;
  evidence: Evidence[];
}
export interface Verdict {
  asOf: IsoDate;
  verdict: VerdictWord;
  reasons: Reason[];
  nudges: Nudge[];
  notEnoughData: string[];
  /** Each rule that could not judge, and what it lacks: `{ rule: 'no-energy', need: 'need six check-ins in 8 weeks; you have four' }`. */
  notEnoughDataDetails: { rule: string; need: string }[];
  /** What would change the verdict: escalations and when it eases if nothing new happens. */
  whatWouldChange: string[];
}

/** The result of one rule. */
export interface Outcome {
  rule: string;
  reason?: Reason;
  nudge?: Nudge;
  notEnoughData?: string;
  escalation?: { level: Level; message: string };
  easesAfter?: IsoDate;
}

/** Context shared by every rule of one evaluation. */
export interface JudgeContext {
  asOf: IsoDate;
  /** The text of the principle the rule checks (or its built-in belief). */
  principle: string;
}

// ---- facts, as counted by the store ------------------------------------------------------------

export interface ObservedTrigger {
  slug: string;
  text: string;
  /** Distinct ISO weeks in the window with an observation of this trigger, newest first. */
  weeks: IsoWeek[];
}
export interface ObservationEvidence {
  slug: string;
  observedOn: IsoDate;
  note: string | null;
  severity: number;
}
export interface TriggerFacts {
  triggers: ObservedTrigger[];
  observations: ObservationEvidence[];
}
export interface CheckInFacts {
  /** Check-ins in the window. */
  total: number;
  /** The check-ins that match the rule's condition, newest first. */
  matching: { week: IsoWeek; hours: number; quality: number; value: number }[];
}
export interface TenureFacts {
  job: { employer: string; startedOn: IsoDate } | null;
  lastSearchStartedOn: IsoDate | null;
}
export interface InstrumentFacts {
  /** Newest first; at most two, the first within the rule's window. */
  scores: { week: IsoWeek; score: number }[];
}
export interface AbsenceFacts {
  checkIns: number;
  wins: number;
  lastWinOn: IsoDate | null;
}

// ---- helpers -----------------------------------------------------------------------------------

const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export const say = (n: number): string => NUMBERS[n] ?? String(n);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const plural = (n: number, one: string, many = `${one}s`): string => `${say(n)} ${n === 1 ? one : many}`;

/**
 * When a count over distinct weeks (newest first) could reach `target` within a window of `windowWeeks`:
 * the last day by which the missing ones must arrive, or null if they no longer fit.
 */
export function escalationDeadline(weeksDesc: IsoWeek[], windowWeeks: number, target: number, asOf: IsoDate, distinct: boolean): IsoDate | null {
  const needed = target - weeksDesc.length;
  if (needed <= 0 || weeksDesc.length === 0) return null;
  const oldest = weeksDesc[weeksDesc.length - 1] as IsoWeek;
  const lastWeek = addWeeks(oldest, windowWeeks - 1);
  const nowWeek = isoWeekOf(asOf);
  const room = weeksBetween(nowWeek, lastWeek) + 1 - (distinct ? weeksDesc.filter((w) => w >= nowWeek).length : 0);
  if (room < (distinct ? needed : 1)) return null;
  return sundayOf(lastWeek);
}

/** The day after which a count over weeks (newest first) falls below `min`, if nothing new happens. */
export function easesAfter(weeksDesc: IsoWeek[], windowWeeks: number, min: number): IsoDate | null {
  const keeper = weeksDesc[min - 1];
  return keeper ? sundayOf(addWeeks(keeper, windowWeeks - 1)) : null;
}

function fire(
  rule: Rule,
  ctx: JudgeContext,
  count: number,
  weeksDesc: IsoWeek[],
  p: { weeks: number; watch: number | null; look: number | null },
  distinct: boolean,
  summary: (n: number) => string,
  evidence: Evidence[],
  more: (n: number) => string,
): Outcome {
  const level = levelFor(p, count);
  const out: Outcome = { rule: rule.name };
  if (level) {
    out.reason = { rule: rule.name, level, summary: summary(count), principle: ctx.principle, evidence };
    const eases = easesAfter(weeksDesc, p.weeks, lowestThreshold(p));
    if (eases) out.easesAfter = eases;
  }
  const next: Level | null = level === 'look' ? null : level === 'watch' ? (p.look !== null ? 'look' : null) : p.watch !== null ? 'watch' : 'look';
  const target = next === 'watch' ? p.watch : next === 'look' ? p.look : null;
  if (next && target !== null && count > 0) {
    const by = escalationDeadline(weeksDesc, p.weeks, target, ctx.asOf, distinct);
    if (by) out.escalation = { level: next, message: `${cap(more(target - count))} by ${shortDate(by)} would make this ${next.toUpperCase()}.` };
  }
  return out;
}

const observationEvidence = (obs: ObservationEvidence[], slugs?: Set<string>): Evidence[] =>
  obs
    .filter((o) => !slugs || slugs.has(o.slug))
    .map((o) => ({ date: o.observedOn, what: `${o.slug}${o.note ? `: ${o.note}` : ''}` }))
    // Same-day evidence in code-point order: deterministic, and without starting ICU's collator.
    .sort((a, b) => compareIso(a.date, b.date) || compareIso(a.what, b.what));

const METRIC_WORD = { satisfaction: 'satisfaction', energy: 'energy', growth: 'growth', quality: 'quality' } as const;

// ---- the judges --------------------------------------------------------------------------------

export function judgeCluster(rule: RuleOf<'cluster'>, ctx: JudgeContext, facts: TriggerFacts): Outcome {
  const p = rule.params;
  const latest = facts.triggers.map((t) => t.weeks[0] as IsoWeek).sort((a, b) => compareIso(b, a));
  return fire(
    rule,
    ctx,
    facts.triggers.length,
    latest,
    p,
    false,
    (n) => `${cap(say(n))} of your leave triggers showed up in the last ${p.weeks} weeks.`,
    observationEvidence(facts.observations),
    (k) => (k === 1 ? 'one more trigger' : `${say(k)} more triggers`),
  );
}

export function judgeRepeat(rule: RuleOf<'repeat'>, ctx: JudgeContext, facts: TriggerFacts): Outcome {
  const p = rule.params;
  const candidates = p.trigger ? facts.triggers.filter((t) => t.slug === p.trigger) : facts.triggers;
  const top = [...candidates].sort((a, b) => b.weeks.length - a.weeks.length || compareIso(b.weeks[0]!, a.weeks[0]!))[0];
  if (!top) return { rule: rule.name };
  const n = top.weeks.length;
  return fire(
    rule,
    ctx,
    n,
    top.weeks,
    p,
    true,
    (k) => `"${top.text}" (${top.slug}) showed up in ${plural(k, 'week')} of the last ${p.weeks}.`,
    observationEvidence(facts.observations, new Set([top.slug])),
    (k) => `${k === 1 ? 'one more week' : `${say(k)} more weeks`} with ${top.slug}`,
  );
}

function checkInRule(
  rule: RuleOf<'sustained'> | RuleOf<'flag'>,
  ctx: JudgeContext,
  facts: CheckInFacts,
  describe: (m: CheckInFacts['matching'][number]) => string,
  summary: (n: number) => string,
  more: (k: number) => string,
): Outcome {
  const p = rule.params;
  const need = lowestThreshold(p);
  if (facts.total < need) {
    return { rule: rule.name, notEnoughData: `need ${plural(need, 'check-in')} in ${p.weeks} weeks; you have ${say(facts.total)}` };
  }
  const weeks = facts.matching.map((m) => m.week);
  const evidence = [...facts.matching].reverse().map((m) => ({ date: mondayOf(m.week), what: `${m.week}: ${describe(m)}` }));
  return fire(rule, ctx, facts.matching.length, weeks, p, true, summary, evidence, more);
}

export function judgeSustained(rule: RuleOf<'sustained'>, ctx: JudgeContext, facts: CheckInFacts): Outcome {
  const { metric, atMost, weeks } = rule.params;
  const word = METRIC_WORD[metric];
  return checkInRule(
    rule,
    ctx,
    facts,
    (m) => `${word} ${m.value}`,
    (n) => `${cap(word)} was ${atMost} or lower in ${say(n)} of your ${say(facts.total)} check-ins of the last ${weeks} weeks.`,
    (k) => `${k === 1 ? 'one more week' : `${say(k)} more weeks`} with ${word} ${atMost} or lower`,
  );
}

export function judgeFlag(rule: RuleOf<'flag'>, ctx: JudgeContext, facts: CheckInFacts): Outcome {
  const { weeks } = rule.params;
  return checkInRule(
    rule,
    ctx,
    facts,
    () => 'health and happiness not respected',
    (n) => `Your health and happiness were not respected in ${plural(n, 'week')} of the last ${weeks}.`,
    (k) => `${k === 1 ? 'one more week' : `${say(k)} more weeks`} where they are not respected`,
  );
}

export function judgeWorkload(rule: RuleOf<'workload'>, _ctx: JudgeContext, facts: CheckInFacts): Outcome {
  const p = rule.params;
  if (facts.total < p.count) {
    return { rule: rule.name, notEnoughData: `need ${plural(p.count, 'check-in')} in ${p.weeks} weeks; you have ${say(facts.total)}` };
  }
  const n = facts.matching.length;
  if (n < p.count) return { rule: rule.name };
  const ofWeeks = n === facts.total ? `All ${say(n)}` : `${cap(say(n))} of the last ${say(p.weeks)}`;
  return {
    rule: rule.name,
    nudge: {
      rule: rule.name,
      kind: 'rest',
      message: `Take it easy: ${ofWeeks.charAt(0).toLowerCase()}${ofWeeks.slice(1)} weeks were ${p.hoursAtLeast}+ hours at quality ${p.qualityAtMost} or less. Long hours are not buying better work.`,
      evidence: [...facts.matching].reverse().map((m) => ({ date: mondayOf(m.week), what: `${m.week}: ${m.hours} h at quality ${m.quality}` })),
    },
  };
}

export function judgeTenure(rule: RuleOf<'tenure'>, ctx: JudgeContext, facts: TenureFacts): Outcome {
  const p = rule.params;
  if (!facts.job) return { rule: rule.name, notEnoughData: 'no current job recorded' };
  const years = dayDiff(facts.job.startedOn, ctx.asOf) / 365.25;
  if (years < p.years) return { rule: rule.name };
  const searchCutoff = addDays(ctx.asOf, -Math.round(p.searchWithinYears * 365.25));
  if (facts.lastSearchStartedOn && facts.lastSearchStartedOn >= searchCutoff) return { rule: rule.name };
  const whole = Math.floor(years);
  return {
    rule: rule.name,
    nudge: {
      rule: rule.name,
      kind: 'light-search',
      message: `You have been at ${facts.job.employer} for ${plural(whole, 'year')} with no job search since. A light search would show whether you are still learning and growing.`,
      evidence: [
        { date: facts.job.startedOn, what: `started at ${facts.job.employer}` },
        ...(facts.lastSearchStartedOn ? [{ date: facts.lastSearchStartedOn, what: 'last job search started' }] : []),
      ],
    },
  };
}

const dayDiff = (a: IsoDate, b: IsoDate): number => dayNumber(b) - dayNumber(a);

export function judgeInstrument(rule: RuleOf<'instrument'>, ctx: JudgeContext, facts: InstrumentFacts): Outcome {
  const p = rule.params;
  const [latest, previous] = facts.scores;
  const name = p.instrument === 'who5' ? 'WHO-5' : 'burnout (CBI)';
  if (!latest) return { rule: rule.name, notEnoughData: `no ${name} answers in the last ${p.weeks} weeks` };
  const evidence = [...facts.scores]
    .reverse()
    .map((s) => ({ date: mondayOf(s.week), what: `${s.week}: ${p.instrument === 'who5' ? 'WHO-5' : 'CBI work-related'} ${round(s.score)}` }));
  if (p.instrument === 'who5') {
    const drop = previous ? previous.score - latest.score : 0;
    const dropped = drop >= p.drop;
    if (latest.score >= p.below && !dropped) return { rule: rule.name };
    const parts: string[] = [];
    if (latest.score <= p.severeAtMost) {
      parts.push(
        `Your WHO-5 wellbeing self-check is ${latest.score} of 100, which is very low. This is not a diagnosis, but it is worth talking to someone you trust, or to a doctor or counsellor, soon. Look after yourself first.`,
      );
    } else if (latest.score < p.below) {
      parts.push(`Your WHO-5 wellbeing self-check is ${latest.score} of 100, below ${p.below}. Be gentle with yourself this week; look after yourself first.`);
    }
    if (dropped && previous) parts.push(`It fell ${drop} points since ${previous.week} (from ${previous.score}).`);
    return { rule: rule.name, nudge: { rule: rule.name, kind: 'support', message: parts.join(' '), evidence } };
  }
  if (latest.score < p.nudgeAt) return { rule: rule.name };
  const out: Outcome = {
    rule: rule.name,
    nudge: {
      rule: rule.name,
      kind: 'rest',
      message: `Your work-related burnout self-check is ${round(latest.score)} of 100 (Keel's own band starts at ${p.nudgeAt}; the questionnaire's authors publish no cut-off). Rest is part of the work.`,
      evidence,
    },
  };
  if (p.watchAt !== null && latest.score >= p.watchAt) {
    out.reason = {
      rule: rule.name,
      level: 'watch',
      summary: `Your work-related burnout self-check is ${round(latest.score)} of 100, at or above ${p.watchAt}.`,
      principle: ctx.principle,
      evidence,
    };
  }
  return out;
}

const round = (n: number): number => Math.round(n * 10) / 10;

export function judgeAbsence(rule: RuleOf<'absence'>, _ctx: JudgeContext, facts: AbsenceFacts): Outcome {
  const p = rule.params;
  if (facts.checkIns === 0) return { rule: rule.name, notEnoughData: `need a check-in in the last ${p.weeks} weeks` };
  if (facts.wins > 0) return { rule: rule.name };
  return {
    rule: rule.name,
    nudge: {
      rule: rule.name,
      kind: 'log-a-win',
      message: `No wins logged in the last ${p.weeks} weeks. Something went well; write it down. Be proud of what you accomplished.`,
      evidence: facts.lastWinOn ? [{ date: facts.lastWinOn, what: 'last win logged' }] : [],
    },
  };
}

/** Combines the outcomes of every rule (in rule order) into the explained verdict. */
export function combine(asOf: IsoDate, outcomes: Outcome[]): Verdict {
  const reasons = outcomes.flatMap((o) => (o.reason ? [o.reason] : []));
  const verdict = reasons.reduce<VerdictWord>((v, r) => (LEVEL_RANK[r.level] > LEVEL_RANK[v] ? r.level : v), 'stay');
  reasons.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
  const whatWouldChange = outcomes
    .filter((o) => o.escalation && LEVEL_RANK[o.escalation.level] > LEVEL_RANK[verdict])
    .map((o) => o.escalation?.message as string);
  if (verdict !== 'stay') {
    const fired = outcomes.filter((o) => o.reason);
    if (fired.every((o) => o.easesAfter)) {
      const last = fired
        .map((o) => o.easesAfter as IsoDate)
        .sort()
        .at(-1) as IsoDate;
      whatWouldChange.push(`If nothing new shows up, this returns to STAY after ${shortDate(last)}.`);
    }
  }
  return {
    asOf,
    verdict,
    reasons,
    nudges: outcomes.flatMap((o) => (o.nudge ? [o.nudge] : [])),
    notEnoughData: outcomes.filter((o) => o.notEnoughData).map((o) => o.rule),
    notEnoughDataDetails: outcomes.flatMap((o) => (o.notEnoughData ? [{ rule: o.rule, need: o.notEnoughData }] : [])),
    whatWouldChange,
  };
}
