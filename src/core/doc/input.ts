/** Input schemas for what a person types into the living document. */
import { z } from 'zod';
import { isoDateSchema, text } from '../validation.js';
import { MAX_REVIEW_DAYS } from './review.js';

/** An empty value clears an optional field: an empty source removes it. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === undefined ? null : v), schema.nullable());

export const sectionTitleSchema = text(200).refine((t) => !t.includes('\n'), { error: 'must be one line' });
export const tagSchema = text(100).refine((t) => !t.includes(','), { error: 'must not contain a comma' });

export const principleInputSchema = z.object({
  text: z
    .string({ error: 'must be text' })
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .pipe(text(20_000)),
  source: optional(text(2000)),
  sourceDate: optional(isoDateSchema),
  tags: z.array(tagSchema).default([]),
});
export type PrincipleInput = z.output<typeof principleInputSchema>;

export const reviewDaysSchema = z
  .int({ error: 'must be a whole number of days' })
  .min(0, { error: `must be 0 (never) to ${MAX_REVIEW_DAYS} days` })
  .max(MAX_REVIEW_DAYS, { error: `must be 0 (never) to ${MAX_REVIEW_DAYS} days` });

export const reasonSchema = text(500).nullable();

/** A 1-based place in a list of `count`. */
export const placeSchema = (count: number) =>
  z
    .int({ error: 'must be a whole number' })
    .min(1, { error: `must be 1–${count}` })
    .max(count, { error: `must be 1–${count}` });
