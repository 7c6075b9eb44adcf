import { describe, expect, it } from 'vitest';
import { scoreCbiWork, scoreWho5, selfCheckDue, who5Band } from './instruments.js';

describe('WHO-5', () => {
  it('scores raw × 4 at the published boundaries', () => {
    expect(scoreWho5([3, 3, 2, 2, 2])).toEqual({ raw: 12, percentage: 48 });
    expect(scoreWho5([3, 3, 3, 2, 2])).toEqual({ raw: 13, percentage: 52 });
    expect(scoreWho5([2, 2, 1, 1, 1])).toEqual({ raw: 7, percentage: 28 });
    expect(scoreWho5([0, 0, 0, 0, 0]).percentage).toBe(0);
    expect(scoreWho5([5, 5, 5, 5, 5]).percentage).toBe(100);
  });
  it('bands: <50 poor, ≤28 very low', () => {
    expect(who5Band(52)).toBe('good');
    expect(who5Band(50)).toBe('good');
    expect(who5Band(48)).toBe('poor');
    expect(who5Band(32)).toBe('poor');
    expect(who5Band(28)).toBe('very-low');
  });
  it('refuses answers out of range', () => {
    expect(() => scoreWho5([6, 0, 0, 0, 0])).toThrow();
    expect(() => scoreWho5([1, 1, 1, 1])).toThrow();
  });
});

describe('CBI work-related', () => {
  it('maps answers to 100/75/50/25/0 and reverses item 7', () => {
    expect(scoreCbiWork([4, 4, 4, 4, 4, 4, 0])).toBe(100);
    expect(scoreCbiWork([0, 0, 0, 0, 0, 0, 4])).toBe(0);
    expect(scoreCbiWork([2, 2, 2, 2, 2, 2, 2])).toBe(50);
    // items 1–6 at 3 (75 each), item 7 at 3 → (4−3)×25 = 25: (6×75 + 25) / 7
    expect(scoreCbiWork([3, 3, 3, 3, 3, 3, 3])).toBeCloseTo((6 * 75 + 25) / 7, 10);
  });
  it('averages answered items only, and needs at least four', () => {
    expect(scoreCbiWork([4, 0, null, null, 4, 0, null])).toBe(50);
    expect(scoreCbiWork([4, 4, 4, null, null, null, null])).toBeNull();
    expect(scoreCbiWork([null, null, null, 3, 3, 3, 1])).toBe(75);
  });
});

describe('when self-checks are asked', () => {
  const at = (week: string, who5: boolean, cbi: boolean) => ({ week, who5: who5 ? [3, 3, 3, 3, 3] : null, cbi: cbi ? [1, 1, 1, 1, 1, 1, 1] : null }) as never;
  it('asks WHO-5 every second week and the CBI every fourth, and on the first check-in', () => {
    expect(selfCheckDue([], '2026-W48', 'who5')).toBe(true);
    const recent = [at('2026-W45', false, true), at('2026-W47', true, false)];
    expect(selfCheckDue(recent, '2026-W48', 'who5')).toBe(false);
    expect(selfCheckDue(recent, '2026-W49', 'who5')).toBe(true);
    expect(selfCheckDue(recent, '2026-W48', 'cbi')).toBe(false);
    expect(selfCheckDue(recent, '2026-W49', 'cbi')).toBe(true);
    // Answers given in the week itself do not make that week "not due" (the form can be reopened).
    expect(selfCheckDue([at('2026-W48', true, true)], '2026-W48', 'who5')).toBe(true);
  });
});
