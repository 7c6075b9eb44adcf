/** The quarterly review's judgements: which principles are due, the verdict trend, and "am I still learning and growing?". */
import type { Principle } from './domain.js';
import { addDays, type IsoDate } from './iso-week.js';
import type { VerdictWord } from './rules.js';

/** A principle is due when it was not reviewed (or, never reviewed, not written) within `days`; oldest first. */
export function principlesDue(principles: Principle[], asOf: IsoDate, days = 365): (Principle & { lastLookedOn: IsoDate })[] {
  const cutoff = addDays(asOf, -days);
  return principles
    .filter((p) => p.retiredAt === null)
    .map((p) => ({ ...p, lastLookedOn: (p.reviewedAt ?? p.createdAt).slice(0, 10) }))
    .filter((p) => p.lastLookedOn <= cutoff)
    .sort((a, b) => a.lastLookedOn.localeCompare(b.lastLookedOn) || a.id - b.id);
}

export interface Trend {
  counts: Record<VerdictWord, number>;
  first: VerdictWord | null;
  last: VerdictWord | null;
  sentence: string;
}

/** Summarises weekly verdicts (oldest first): `8 weeks STAY, 5 WATCH; WATCH now, was STAY.` */
export function verdictTrend(points: { verdict: VerdictWord }[]): Trend {
  const counts: Record<VerdictWord, number> = { stay: 0, watch: 0, look: 0 };
  for (const p of points) counts[p.verdict]++;
  const first = points[0]?.verdict ?? null;
  const last = points.at(-1)?.verdict ?? null;
  const parts = (['stay', 'watch', 'look'] as const).filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${v.toUpperCase()}`);
  const change =
    first === null || last === null ? '' : first === last ? `; ${last.toUpperCase()} at both ends` : `; ${last.toUpperCase()} now, was ${first.toUpperCase()}`;
  const sentence = points.length === 0 ? 'No weeks to show.' : `Over ${points.length} week${points.length === 1 ? '' : 's'}: ${parts.join(', ')}${change}.`;
  return { counts, first, last, sentence };
}

export type GrowthAnswer = 'yes' | 'mixed' | 'no' | 'not-enough-data';

export interface Growth {
  answer: GrowthAnswer;
  checkIns: number;
  average: number | null;
  previousAverage: number | null;
  learned: number;
  sentence: string;
}

const mean = (xs: number[]) => (xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10);

/**
 * "Am I still learning and growing?" from the growth answers (1–5) of this quarter's check-ins and the
 * previous quarter's, and the `learned` wins logged this quarter. Fewer than 4 check-ins: not enough data.
 */
export function growthAnswer(recent: number[], earlier: number[], learned: number): Growth {
  const average = mean(recent);
  const previousAverage = mean(earlier);
  const wins = learned === 0 ? 'no "learned" wins logged' : learned === 1 ? 'one "learned" win logged' : `${learned} "learned" wins logged`;
  if (recent.length < 4 || average === null) {
    return {
      answer: 'not-enough-data',
      checkIns: recent.length,
      average,
      previousAverage,
      learned,
      sentence: `Not enough check-ins to say (${recent.length} this quarter; need 4). ${wins.charAt(0).toUpperCase()}${wins.slice(1)}.`,
    };
  }
  const answer: GrowthAnswer = average >= 3.5 ? 'yes' : average <= 2.5 ? 'no' : 'mixed';
  const since = previousAverage === null ? '' : ` (previous quarter ${previousAverage})`;
  const lead = { yes: 'Yes, it seems so', mixed: 'Partly', no: 'Not much, it seems' }[answer];
  return {
    answer,
    checkIns: recent.length,
    average,
    previousAverage,
    learned,
    sentence: `${lead}: growth averaged ${average} of 5 over ${recent.length} check-ins${since}; ${wins}.`,
  };
}
