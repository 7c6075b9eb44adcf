/**
 * Reminders as an iCalendar file (RFC 5545) that calendar apps import: a weekly check-in and a quarterly
 * review, each one recurring event. Times are floating (the calendar's own time zone); UIDs are fixed,
 * so importing a newer file updates the same two events instead of adding copies.
 */
import { z } from 'zod';
import { addDays, type IsoDate, weekday } from './iso-week.js';
import { quarterBounds, quarterOf } from './quarter.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** As typed: ` Mon ` is `mon`, ` 09:30 ` is `09:30`. */
export const remindInputSchema = z.object({
  day: z
    .string({ error: 'must be mon, tue, wed, thu, fri, sat or sun' })
    .trim()
    .toLowerCase()
    .pipe(z.enum(WEEKDAYS, { error: 'must be mon, tue, wed, thu, fri, sat or sun' }))
    .default('fri'),
  time: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time HH:MM, e.g. 16:00' })
    .default('16:00'),
});
export type RemindInput = z.output<typeof remindInputSchema>;

/** The first day on or after `from` that is weekday `day` (1 = Monday). */
const nextWeekday = (from: IsoDate, day: number): IsoDate => addDays(from, (day - weekday(from) + 7) % 7);

/** The first Monday of a quarter on or after `today`: the day of the quarterly review. */
export function nextReviewDay(today: IsoDate): IsoDate {
  const [start, end] = quarterBounds(quarterOf(today));
  const first = nextWeekday(start, 1);
  return first >= today ? first : nextWeekday(addDays(end, 1), 1);
}

const escapeText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/([,;])/g, '\\$1');
const local = (date: IsoDate, time: string) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  // An escape (`\,`) stays on one line, so that naive readers do not see a lone backslash.
  for (const ch of line.match(/\\.|[\s\S]/gu) ?? []) {
    const size = new TextEncoder().encode(ch).length;
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function remindersIcs(input: RemindInput, today: IsoDate, now: string): string {
  const stamp = `${now.slice(0, 19).replace(/[-:]/g, '')}Z`;
  const day = WEEKDAYS.indexOf(input.day) + 1;
  const event = (uid: string, start: IsoDate, minutes: number, rule: string, summary: string, description: string) => [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${local(start, input.time)}`,
    `DURATION:PT${minutes}M`,
    `RRULE:${rule}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'END:VEVENT',
  ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Keel//Keel reminders//EN',
    'CALSCALE:GREGORIAN',
    ...event(
      'keel-weekly-check-in@keel.local',
      nextWeekday(today, day),
      15,
      `FREQ=WEEKLY;BYDAY=${BYDAY[day - 1]}`,
      'Keel: weekly check-in',
      'Two minutes: check in with Keel, then read the verdict and its reasons.',
    ),
    ...event(
      'keel-quarterly-review@keel.local',
      nextReviewDay(today),
      60,
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO',
      'Keel: quarterly review',
      'Open the quarterly review in Keel: principles due for review, the verdict trend, goals and their evidence, whether you are still learning and growing, and whether a light search is due.',
    ),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
