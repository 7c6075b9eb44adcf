/** Input schemas (zod) for everything a person types, and one way to turn their issues into KeelErrors. */
import { z } from 'zod';
import { KeelError } from './errors.js';
import { isValidDate, isValidWeek } from './iso-week.js';
import { SLUG_MAX } from './slug.js';

const inRange = (min: number, max: number, whole = true) => {
  const msg = whole ? `must be a whole number ${min}–${max}` : `must be a number ${min}–${max}`;
  const base = z.number({ error: msg }).min(min, { error: msg }).max(max, { error: msg });
  return whole ? base.int({ error: msg }) : base;
};

export const isoDateSchema = z.string({ error: 'must be a date YYYY-MM-DD' }).refine(isValidDate, {
  error: 'must be a real date YYYY-MM-DD',
});
export const isoWeekSchema = z.string({ error: 'must be an ISO week YYYY-Www' }).refine(isValidWeek, {
  error: 'must be an existing ISO week YYYY-Www (W53 only in long years)',
});
/** Trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
/** Like `text`, or null when not given. */
export const optionalText = (max: number) => text(max).nullish().default(null);

export const scale = inRange(1, 5);
export const who5Schema = z.array(inRange(0, 5)).length(5, { error: 'needs exactly 5 answers, each 0–5' });
export const cbiSchema = z.array(inRange(0, 4).nullable()).length(7, { error: 'needs exactly 7 answers, each 0–4' });

export const checkInInputSchema = z.object({
  week: isoWeekSchema,
  hours: inRange(0, 120, false),
  quality: scale,
  satisfaction: scale,
  energy: scale,
  growth: scale,
  respected: z.boolean({ error: 'must be yes or no' }),
  note: optionalText(5000),
  who5: who5Schema.nullish().default(null),
  cbi: cbiSchema.nullish().default(null),
});
export type CheckInInput = z.output<typeof checkInInputSchema>;

export const jobInputSchema = z.object({
  employer: text(200),
  title: text(200),
  track: z.enum(['ic', 'manager'], { error: 'must be ic or manager' }).default('ic'),
  level: optionalText(100),
  startedOn: isoDateSchema,
});
export type JobInput = z.output<typeof jobInputSchema>;

/**
 * A trigger's short name as a person gives one (when added or renamed): lowercase words joined by
 * dashes, at most 32 characters. Names Keel made before this limit (up to 60) stay valid: import and every
 * other reader accept them; only a new name must fit.
 */
export const triggerSlugSchema = z
  .string({ error: 'must be lowercase words joined by dashes, e.g. no-growth' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase words joined by dashes, e.g. no-growth' })
  .max(SLUG_MAX, { error: `must be at most ${SLUG_MAX} characters` });

export const triggerInputSchema = z.object({
  text: text(500),
  slug: triggerSlugSchema.optional(),
  weight: inRange(1, 10).default(1),
});
export type TriggerInput = z.output<typeof triggerInputSchema>;

/** A new name for a trigger, such as leadership-values. */
export const triggerRenameSchema = z.object({ slug: triggerSlugSchema });

export const observationInputSchema = z.object({
  observedOn: isoDateSchema,
  severity: inRange(1, 3).default(1),
  note: optionalText(5000),
});
export type ObservationInput = z.output<typeof observationInputSchema>;

export const accomplishmentInputSchema = z.object({
  achievedOn: isoDateSchema,
  text: text(2000),
  impact: optionalText(2000),
  kind: z
    .enum(['delivered', 'enabled-others', 'learned', 'recognized'], {
      error: 'must be delivered, enabled-others, learned or recognized',
    })
    .default('delivered'),
  people: z.array(text(200)).default([]),
});
export type AccomplishmentInput = z.output<typeof accomplishmentInputSchema>;

/**
 * Parses `value` or throws InvalidInput with every bad field in `fields` (`{ quality: 'must be a whole
 * number 1–5 (got 6)' }`) and the first one in the message: `quality must be a whole number 1–5 (got 6)`.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, hint?: string): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  throw inputError(result.error, hint);
}

/** A schema's issues as one KeelError: each field once, with what was typed (cut to 80 characters). */
function inputError(error: z.ZodError, hint?: string): KeelError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    const input = 'input' in issue ? issue.input : undefined;
    fields[field] ??=
      input === undefined || input === ''
        ? issue.code === 'invalid_type' || input === ''
          ? 'needs an answer'
          : issue.message
        : `${issue.message}${gotText(input)}`;
  }
  const [field, problem] = Object.entries(fields)[0] ?? ['', 'is not valid'];
  return new KeelError('InvalidInput', `${field ? `${field} ` : ''}${problem}`, hint, { fields });
}

/**
 * Runs every part and, when any refuses its input, throws one InvalidInput with all their fields, so
 * a form shows every problem at once: `together({ input: () => parseInput(…), reason: () => parseField(…) })`.
 */
export function together<T extends Record<string, () => unknown>>(parts: T): { [K in keyof T]: ReturnType<T[K]> } {
  const out: Record<string, unknown> = {};
  const refused: KeelError[] = [];
  for (const [key, part] of Object.entries(parts)) {
    try {
      out[key] = part();
    } catch (e) {
      if (!(e instanceof KeelError) || e.code !== 'InvalidInput') throw e;
      refused.push(e);
    }
  }
  const [first] = refused;
  if (first) throw new KeelError('InvalidInput', first.message, first.hint, { fields: Object.assign({}, ...refused.map((e) => e.fields)) });
  return out as { [K in keyof T]: ReturnType<T[K]> };
}

/** One named value (`endedOn`, `asOf`) parsed by `schema`, or InvalidInput naming it. */
export function parseField<S extends z.ZodType>(field: string, schema: S, value: unknown, hint?: string): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const input = issue && 'input' in issue ? issue.input : undefined;
  const problem = input === undefined || input === '' ? 'needs an answer' : `${issue?.message ?? 'is not valid'}${gotText(input)}`;
  throw new KeelError('InvalidInput', `${field} ${problem}`, hint, { fields: { [field]: problem } });
}

/** ` (got "…")`, quoting at most 80 characters of what was typed; nothing for objects. */
export function gotText(input: unknown): string {
  if (input === undefined || (typeof input === 'object' && input !== null)) return '';
  const s = JSON.stringify(input);
  return ` (got ${s.length > 82 ? `${s.slice(0, 80)}…"` : s})`;
}
