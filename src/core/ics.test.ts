import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { nextReviewDay, remindersIcs } from './ics.js';

describe('nextReviewDay', () => {
  it('is the first Monday of a quarter, on or after today', () => {
    expect(nextReviewDay('2026-11-29')).toBe('2027-01-04');
    expect(nextReviewDay('2026-10-01')).toBe('2026-10-05');
    expect(nextReviewDay('2026-10-05')).toBe('2026-10-05');
    expect(nextReviewDay('2026-10-06')).toBe('2027-01-04');
  });
});

describe('remindersIcs', () => {
  const text = remindersIcs({ day: 'fri', time: '16:30' }, '2026-11-29', '2026-11-29T12:00:00.000Z');

  it('writes CRLF lines of at most 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/\\$/); // a fold never splits an escape such as \,
    }
  });

  it('parses as two recurring events starting on the next check-in day and review day', () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.isRecurring()])).toEqual([
      ['Keel: weekly check-in', '2026-12-04T16:30:00', true],
      ['Keel: quarterly review', '2027-01-04T16:30:00', true],
    ]);
    const next = (e: ICAL.Event, n: number) => {
      const it = e.iterator();
      return Array.from({ length: n }, () => it.next()?.toString().slice(0, 10));
    };
    expect(next(events[0] as ICAL.Event, 3)).toEqual(['2026-12-04', '2026-12-11', '2026-12-18']);
    expect(next(events[1] as ICAL.Event, 3)).toEqual(['2027-01-04', '2027-04-05', '2027-07-05']);
    expect(events[1]?.description).toContain('quarterly review in Keel');
  });
});
