/** Input schemas (zod) for job hunting and direction: everything a person types, checked before anything is written. */
import { z } from 'zod';
import { ARCHETYPES, BREADTHS, CAREER_TRACKS } from '../direction.js';
import { invalidField } from '../errors.js';
import type { IsoDate } from '../iso-week.js';
import { isoDateSchema, optionalText, text } from '../validation.js';
import { STAGES } from './domain.js';

const list = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

export const stageSchema = z.enum(STAGES, { error: `must be one of ${list(STAGES)}` });
export const severitySchema = z
  .number({ error: 'must be 1, 2 or 3' })
  .int({ error: 'must be 1, 2 or 3' })
  .min(1, { error: 'must be 1, 2 or 3' })
  .max(3, { error: 'must be 1, 2 or 3' });

export const searchInputSchema = z.object({
  kind: z.enum(['light', 'full'], { error: 'must be light or full' }).default('light'),
  startedOn: isoDateSchema,
  note: optionalText(2000),
});
export type SearchInput = z.output<typeof searchInputSchema>;

export const opportunityInputSchema = z.object({
  company: text(200),
  role: text(200),
  link: z
    .string({ error: 'must be a link' })
    .trim()
    .max(2000, { error: 'must be at most 2000 characters' })
    .regex(/^https?:\/\/\S+$/, { error: 'must be a web address starting with http:// or https://' })
    .nullish()
    .default(null),
  stage: stageSchema.default('saved'),
  on: isoDateSchema,
});
export type OpportunityInput = z.output<typeof opportunityInputSchema>;

export const moveInputSchema = z.object({ stage: stageSchema, movedOn: isoDateSchema, note: optionalText(2000) });
export type MoveInput = z.output<typeof moveInputSchema>;

export const contactInputSchema = z.object({ name: text(200), role: optionalText(200), note: optionalText(2000) });
export type ContactInput = z.output<typeof contactInputSchema>;

export const noteInputSchema = z.object({ text: text(5000), notedOn: isoDateSchema, who: optionalText(200), whoRole: optionalText(200) });
export type NoteInput = z.output<typeof noteInputSchema>;

export const questionInputSchema = z.object({ text: text(500) });

export const answerInputSchema = z.object({ text: text(5000), answeredOn: isoDateSchema, who: optionalText(200) });
export type AnswerInput = z.output<typeof answerInputSchema>;

export const offerInputSchema = z.object({
  pay: z.number({ error: 'must be a yearly amount, e.g. 185000' }).positive({ error: 'must be a positive yearly amount' }).max(1e10, {
    error: 'must be a yearly amount, e.g. 185000',
  }),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { error: 'must be a three-letter currency code, e.g. EUR' })
    .nullish()
    .default(null),
  level: optionalText(100),
  track: z.enum(['ic', 'manager'], { error: 'must be ic or manager' }).nullish().default(null),
  deadline: isoDateSchema.nullish().default(null),
  note: optionalText(2000),
});

export const relevantInputSchema = z.object({ fits: z.boolean({ error: 'must be yes or no' }).default(true), note: optionalText(2000) });

export const directionInputSchema = z.object({
  track: z.enum(CAREER_TRACKS, { error: `must be ${list(CAREER_TRACKS)}` }).optional(),
  archetype: z.enum(ARCHETYPES, { error: `must be ${list(ARCHETYPES)}` }).optional(),
  breadth: z.enum(BREADTHS, { error: `must be ${list(BREADTHS)}` }).optional(),
  note: text(2000).optional(),
});

export const goalInputSchema = z.object({ text: text(500), setOn: isoDateSchema });

export const bragExportSchema = z.object({
  since: isoDateSchema.nullish().default(null),
  until: isoDateSchema,
  format: z.enum(['md', 'html'], { error: 'must be md or html' }).default('md'),
});

/** Refuses a date after today for something that already happened: `movedOn 2026-12-03 is in the future (today is 2026-11-29)`. */
export function notFuture(field: string, date: IsoDate, today: IsoDate, hint: string): void {
  if (date > today) throw invalidField(field, `${date} is in the future (today is ${today})`, hint);
}
