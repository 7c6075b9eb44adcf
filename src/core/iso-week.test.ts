import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWeeks,
  dayNumber,
  fromDayNumber,
  isoWeekOf,
  isValidWeek,
  mondayOf,
  parseIsoWeek,
  weekday,
  weeksBetween,
  weeksInYear,
  windowStart,
} from './iso-week.js';

const dates = fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2100-12-31') }).map(fromDayNumber);

describe('ISO weeks', () => {
  it('knows the weeks of well-known dates', () => {
    expect(isoWeekOf('2026-11-29')).toBe('2026-W48');
    expect(isoWeekOf('2026-11-23')).toBe('2026-W48');
    expect(isoWeekOf('2026-11-22')).toBe('2026-W47');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('has 53 weeks exactly in the long years', () => {
    expect(weeksInYear(2020)).toBe(53);
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2015)).toBe(53);
    expect(weeksInYear(2025)).toBe(52);
    expect(weeksInYear(2027)).toBe(52);
    expect(isValidWeek('2026-W53')).toBe(true);
    expect(isValidWeek('2025-W53')).toBe(false);
    expect(isValidWeek('2026-W60')).toBe(false);
    expect(isValidWeek('2026-W00')).toBe(false);
    expect(isValidWeek('2026-48')).toBe(false);
    expect(() => parseIsoWeek('2025-W53')).toThrow(/2025 has 52 ISO weeks/);
  });

  it('maps weeks to Mondays', () => {
    expect(mondayOf('2026-W01')).toBe('2025-12-29');
    expect(mondayOf('2020-W53')).toBe('2020-12-28');
    expect(mondayOf('2026-W48')).toBe('2026-11-23');
  });

  it('counts weeks across year ends', () => {
    expect(weeksBetween('2026-W52', '2026-W53')).toBe(1);
    expect(weeksBetween('2026-W53', '2027-W01')).toBe(1);
    expect(weeksBetween('2020-W50', '2021-W02')).toBe(5);
    expect(addWeeks('2026-W45', 11)).toBe('2027-W03');
  });

  it('starts "the last N weeks" on the Monday N-1 weeks back', () => {
    expect(windowStart('2026-11-29', 12)).toBe('2026-09-07');
    expect(windowStart('2026-11-23', 1)).toBe('2026-11-23');
  });

  it('rejects impossible dates', () => {
    expect(() => dayNumber('2026-02-30')).toThrow(/not a calendar date/);
    expect(() => dayNumber('29/11/2026')).toThrow(/not a date/);
  });

  it('property: every date lies in the week whose Monday is at most 6 days before it', () => {
    fc.assert(
      fc.property(dates, (d) => {
        const w = isoWeekOf(d);
        const diff = dayNumber(d) - dayNumber(mondayOf(w));
        return diff >= 0 && diff <= 6 && weekday(mondayOf(w)) === 1;
      }),
    );
  });

  it('property: week → Monday → week is the identity, and weeks are 7 days apart', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -300, max: 300 }), (d, n) => {
        const w = isoWeekOf(d);
        const later = addWeeks(w, n);
        return isoWeekOf(mondayOf(w)) === w && weeksBetween(w, later) === n && isoWeekOf(addDays(mondayOf(w), 7 * n)) === later;
      }),
    );
  });

  it('property: week strings sort like their dates (so SQL can compare them as text)', () => {
    fc.assert(
      fc.property(
        dates,
        dates,
        (a, b) => Math.sign(isoWeekOf(a).localeCompare(isoWeekOf(b))) === Math.sign(dayNumber(mondayOf(isoWeekOf(a))) - dayNumber(mondayOf(isoWeekOf(b)))),
      ),
    );
  });
});
