import { remindersIcs, remindInputSchema } from '../core/ics.js';
import { parseInput } from '../core/validation.js';
import type { Clock } from './ports.js';

/** The reminders calendar (weekly check-in, quarterly review) from today on, with the day and time it used; needs no database. */
export function remindersCalendar(clock: Clock, req: { day?: unknown; time?: unknown }): { ics: string; day: string; time: string } {
  const o = parseInput(remindInputSchema, { day: req.day ?? undefined, time: req.time ?? undefined });
  return { ics: remindersIcs(o, clock.today(), clock.now()), day: o.day, time: o.time };
}
