import { describe, expect, it } from 'vitest';
import type { Principle } from './domain.js';
import { growthAnswer, principlesDue, verdictTrend } from './review.js';

const principle = (id: number, createdAt: string, reviewedAt: string | null, retiredAt: string | null = null): Principle => ({
  id,
  sectionId: 1,
  text: `p${id}`,
  tags: [],
  source: null,
  sourceDate: null,
  position: id,
  createdAt,
  reviewedAt,
  retiredAt,
});

describe('principlesDue', () => {
  it('lists principles not looked at for a year, oldest first, skipping retired ones', () => {
    const due = principlesDue(
      [
        principle(1, '2025-01-10T09:00:00Z', null),
        principle(2, '2024-01-10T09:00:00Z', '2026-06-01T10:00:00Z'),
        principle(3, '2023-05-01T09:00:00Z', '2024-02-01T10:00:00Z'),
        principle(4, '2020-01-01T09:00:00Z', null, '2021-01-01T00:00:00Z'),
        principle(5, '2025-11-29T09:00:00Z', null),
      ],
      '2026-11-29',
    );
    expect(due.map((p) => [p.id, p.lastLookedOn])).toEqual([
      [3, '2024-02-01'],
      [1, '2025-01-10'],
      [5, '2025-11-29'],
    ]);
  });
});

describe('verdictTrend', () => {
  it('counts the weeks and says where it started and ended', () => {
    const t = verdictTrend([{ verdict: 'stay' }, { verdict: 'stay' }, { verdict: 'watch' }]);
    expect(t.counts).toEqual({ stay: 2, watch: 1, look: 0 });
    expect(t.sentence).toBe('Over 3 weeks: 2 STAY, 1 WATCH; WATCH now, was STAY.');
    expect(verdictTrend([{ verdict: 'look' }]).sentence).toBe('Over 1 week: 1 LOOK; LOOK at both ends.');
  });
});

describe('growthAnswer', () => {
  it('needs four check-ins', () => {
    expect(growthAnswer([4, 4, 4], [], 0).answer).toBe('not-enough-data');
  });
  it('answers from the average growth, with the previous quarter for context', () => {
    const yes = growthAnswer([4, 4, 3, 4], [2, 2, 3, 2], 2);
    expect(yes.answer).toBe('yes');
    expect(yes.sentence).toBe('Yes, it seems so: growth averaged 3.8 of 5 over 4 check-ins (previous quarter 2.3); 2 "learned" wins logged.');
    expect(growthAnswer([2, 2, 3, 2], [], 0).answer).toBe('no');
    expect(growthAnswer([3, 3, 3, 3], [], 1).answer).toBe('mixed');
  });
});
