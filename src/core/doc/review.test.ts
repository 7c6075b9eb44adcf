import { describe, expect, it } from 'vitest';
import type { Principle } from '../domain.js';
import { DEFAULT_REVIEW_DAYS, reviewDaysFrom, reviewNudge } from './review.js';

const principle = (id: number, createdAt: string, more: Partial<Principle> = {}): Principle => ({
  id,
  sectionId: 1,
  text: `Principle ${id}\nsecond line`,
  tags: [],
  source: null,
  sourceDate: null,
  position: id,
  createdAt,
  reviewedAt: null,
  retiredAt: null,
  ...more,
});

describe('reviewDaysFrom', () => {
  it('reads whole days 0–3650 and falls back to 90 otherwise', () => {
    expect(reviewDaysFrom(null)).toBe(DEFAULT_REVIEW_DAYS);
    expect(reviewDaysFrom('120')).toBe(120);
    expect(reviewDaysFrom('0')).toBe(0);
    for (const bad of ['', ' ', '-1', '1.5', 'ninety', '4000']) expect(reviewDaysFrom(bad)).toBe(DEFAULT_REVIEW_DAYS);
  });
});

describe('reviewNudge', () => {
  const principles = [
    principle(1, '2026-08-01T09:00:00.000Z'),
    principle(2, '2026-01-01T09:00:00.000Z', { reviewedAt: '2026-11-01T09:00:00.000Z' }),
    principle(3, '2026-03-01T09:00:00.000Z'),
    principle(4, '2026-03-01T09:00:00.000Z', { retiredAt: '2026-04-01T09:00:00.000Z' }),
    principle(5, '2026-11-29T09:00:00.000Z'),
  ];

  it('names the principles not looked at in the interval, oldest first, and only those', () => {
    expect(reviewNudge(principles, '2026-11-29', 90)).toEqual({
      rule: 'doc-review',
      kind: 'review',
      message: 'Two principles have not been reviewed in 90 days. Do they still hold?',
      evidence: [
        { date: '2026-03-01', what: 'Principle 3' },
        { date: '2026-08-01', what: 'Principle 1' },
      ],
    });
  });

  it('is silent when nothing is due, for principles written today, and when reviews are off', () => {
    expect(reviewNudge(principles, '2026-09-01', 90)?.evidence).toEqual([{ date: '2026-03-01', what: 'Principle 3' }]);
    expect(reviewNudge([principle(1, '2026-11-29T09:00:00.000Z')], '2026-11-29', 90)).toBeNull();
    expect(reviewNudge(principles, '2026-11-29', 0)).toBeNull();
  });
});
