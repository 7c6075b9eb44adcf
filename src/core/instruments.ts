import type { CheckIn } from './domain.js';
import { type IsoWeek, weeksBetween } from './iso-week.js';

/**
 * Validated self-check instruments, scored exactly as published. Keel is not a diagnostic tool:
 * these scores are shown as self-checks, never as diagnoses.
 */

export interface Who5Score {
  raw: number; // 0–25
  percentage: number; // raw × 4, 0–100
}

/** WHO-5 Well-Being Index: five items 0–5; raw 0–25, percentage = raw × 4. */
export function scoreWho5(items: readonly number[]): Who5Score {
  if (items.length !== 5 || items.some((i) => !Number.isInteger(i) || i < 0 || i > 5)) {
    throw new RangeError('WHO-5 needs five answers, each 0–5');
  }
  const raw = items.reduce((a, b) => a + b, 0);
  return { raw, percentage: raw * 4 };
}

/** Below this percentage WHO-5 indicates poor wellbeing. */
export const WHO5_POOR_BELOW = 50;
/** At or below this percentage WHO-5 indicates likely depression: screen further. */
export const WHO5_LIKELY_DEPRESSION_AT_MOST = 28;
/** A change of this many percentage points is meaningful. */
export const WHO5_MEANINGFUL_CHANGE = 10;

export type Who5Band = 'good' | 'poor' | 'very-low';

export function who5Band(percentage: number): Who5Band {
  if (percentage <= WHO5_LIKELY_DEPRESSION_AT_MOST) return 'very-low';
  if (percentage < WHO5_POOR_BELOW) return 'poor';
  return 'good';
}

export const WHO5_ITEMS = [
  'I have felt cheerful and in good spirits',
  'I have felt calm and relaxed',
  'I have felt active and vigorous',
  'I woke up feeling fresh and rested',
  'My daily life has been filled with things that interest me',
] as const;
export const WHO5_SCALE = [
  'At no time',
  'Some of the time',
  'Less than half of the time',
  'More than half of the time',
  'Most of the time',
  'All of the time',
] as const;

/**
 * Copenhagen Burnout Inventory, work-related subscale. Answers are positions 0–4 on the item's scale
 * (4 = "always" / "to a very high degree"); items 1–6 score answer × 25, item 7 (energy for family
 * and friends) is reversed: (4 − answer) × 25. The score is the mean of the answered items; fewer
 * than 4 answered items gives no score (null).
 */
export function scoreCbiWork(answers: readonly (number | null)[]): number | null {
  if (answers.length !== 7) throw new RangeError('CBI work-related needs seven answers (null when skipped)');
  const scores: number[] = [];
  answers.forEach((a, i) => {
    if (a === null) return;
    if (!Number.isInteger(a) || a < 0 || a > 4) throw new RangeError('CBI answers are 0–4');
    scores.push(i === 6 ? (4 - a) * 25 : a * 25);
  });
  if (scores.length < 4) return null;
  return scores.reduce((s, x) => s + x, 0) / scores.length;
}

export const CBI_WORK_ITEMS = [
  { text: 'Is your work emotionally exhausting?', scale: 'degree' },
  { text: 'Do you feel burnt out because of your work?', scale: 'degree' },
  { text: 'Does your work frustrate you?', scale: 'degree' },
  { text: 'Do you feel worn out at the end of the working day?', scale: 'frequency' },
  { text: 'Are you exhausted in the morning at the thought of another day at work?', scale: 'frequency' },
  { text: 'Do you feel that every working hour is tiring for you?', scale: 'frequency' },
  { text: 'Do you have enough energy for family and friends during leisure time?', scale: 'frequency' },
] as const;
export const CBI_DEGREE_SCALE = ['To a very low degree', 'To a low degree', 'Somewhat', 'To a high degree', 'To a very high degree'] as const;
export const CBI_FREQUENCY_SCALE = ['Never/almost never', 'Seldom', 'Sometimes', 'Often', 'Always'] as const;

/** Keel's own bands (the CBI authors publish no cut-off): ≥50 suggests rest, ≥75 is also a `watch`. */
export const CBI_NUDGE_AT = 50;
export const CBI_WATCH_AT = 75;

export const SELF_CHECK_DISCLAIMER =
  'These are self-checks from published questionnaires, not a diagnosis. Keel cannot tell you how you are; it can only help you notice.';

/** How often each self-check is asked: WHO-5 every second week, the CBI every fourth (monthly). */
export const ASK_EVERY_WEEKS = { who5: 2, cbi: 4 } as const;

/** Whether a self-check is due in `week`: its last answers (before that week) are that old, or were never given. */
export function selfCheckDue(recent: readonly CheckIn[], week: IsoWeek, instrument: 'who5' | 'cbi'): boolean {
  const last = recent.filter((c) => c[instrument] !== null && c.week < week).at(-1)?.week;
  return !last || weeksBetween(last, week) >= ASK_EVERY_WEEKS[instrument];
}
