/** When the principles of the living document are due for another look, and the verdict's `review` nudge. */
import type { Principle } from '../domain.js';
import type { IsoDate } from '../iso-week.js';
import { principlesDue } from '../review.js';
import { type Nudge, say } from '../verdict.js';

/** The setting that holds the review interval in days (0: never due). */
export const REVIEW_DAYS_SETTING = 'doc_review_days';
export const DEFAULT_REVIEW_DAYS = 90;
export const MAX_REVIEW_DAYS = 3650;

/** The review interval from its stored setting; anything missing or malformed means the default. */
export function reviewDaysFrom(setting: string | null): number {
  const n = Number(setting);
  return setting !== null && setting.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= MAX_REVIEW_DAYS ? n : DEFAULT_REVIEW_DAYS;
}

/** The active principles not looked at (reviewed, or else written) within `days` of `asOf`, oldest first. */
export const dueForReview = (principles: Principle[], asOf: IsoDate, days: number) => (days === 0 ? [] : principlesDue(principles, asOf, days));

/** The `review` nudge when principles are due, quoting the oldest few; null otherwise. */
export function reviewNudge(principles: Principle[], asOf: IsoDate, days: number): Nudge | null {
  const due = dueForReview(principles, asOf, days);
  if (due.length === 0) return null;
  const what = due.length === 1 ? 'One principle has' : `${say(due.length).replace(/^./, (c) => c.toUpperCase())} principles have`;
  return {
    rule: 'doc-review',
    kind: 'review',
    message: `${what} not been reviewed in ${days} days. Do they still hold?`,
    evidence: due.slice(0, 5).map((p) => ({ date: p.lastLookedOn, what: p.text.split('\n')[0] as string })),
  };
}
