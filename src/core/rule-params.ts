/** Validation of rule parameters (zod), used when rules are written or imported, never on the read path. */
import { z } from 'zod';
import { invalid } from './errors.js';
import type { Rule, RuleKind, RuleParams } from './rules.js';

const count = z.int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(520, { error: 'must be at most 520' });
const weeks = z.int({ error: 'must be a whole number of weeks' }).min(1, { error: 'must be 1–104 weeks' }).max(104, { error: 'must be 1–104 weeks' });
const optionalCount = count.nullable();
const metric = z.enum(['satisfaction', 'energy', 'growth', 'quality'], { error: 'must be satisfaction, energy, growth or quality' });
const oneToFive = z.int({ error: 'must be a whole number 1–5' }).min(1, { error: 'must be 1–5' }).max(5, { error: 'must be 1–5' });

const levels = <T extends z.ZodRawShape>(shape: T) =>
  z
    .strictObject({ ...shape, watch: optionalCount, look: optionalCount })
    .refine((p) => (p as Thresholds).watch !== null || (p as Thresholds).look !== null, { error: 'needs watch or look (or both)' })
    .refine(
      (p) => {
        const { watch, look } = p as Thresholds;
        return watch === null || look === null || look > watch;
      },
      { error: 'look must be greater than watch' },
    );

interface Thresholds {
  watch: number | null;
  look: number | null;
}

export const paramSchemas = {
  cluster: levels({ weeks }),
  repeat: levels({ weeks, trigger: z.string().min(1).nullable() }),
  sustained: levels({ weeks, metric, atMost: oneToFive }),
  flag: levels({ weeks }),
  workload: z.strictObject({
    weeks,
    count,
    hoursAtLeast: z.number({ error: 'must be a number' }).min(0, { error: 'must be 0–120' }).max(120, { error: 'must be 0–120' }),
    qualityAtMost: oneToFive,
  }),
  tenure: z.strictObject({
    years: z.number({ error: 'must be a number' }).min(0.5, { error: 'must be 0.5–40' }).max(40, { error: 'must be 0.5–40' }),
    searchWithinYears: z.number({ error: 'must be a number' }).min(0.5, { error: 'must be 0.5–40' }).max(40, { error: 'must be 0.5–40' }),
  }),
  instrument: z.discriminatedUnion('instrument', [
    z.strictObject({
      instrument: z.literal('who5'),
      weeks,
      below: z.int().min(1).max(100),
      severeAtMost: z.int().min(0).max(100),
      drop: z.int().min(1).max(100),
    }),
    z.strictObject({
      instrument: z.literal('cbi'),
      weeks,
      nudgeAt: z.number().min(0).max(100),
      watchAt: z.number().min(0).max(100).nullable(),
    }),
  ]),
  absence: z.strictObject({ weeks }),
} as const;

/** Validates a kind's parameters, naming the bad one: `rule unsatisfied: look must be greater than watch`. */
export function validateParams<K extends RuleKind>(name: string, kind: K, params: unknown): RuleParams[K] {
  const result = paramSchemas[kind].safeParse(params, { reportInput: true });
  if (result.success) return result.data as RuleParams[K];
  const issue = result.error.issues[0];
  const key = issue?.path.map(String).join('.') ?? '';
  const got = issue && 'input' in issue && issue.input !== undefined ? ` (got ${JSON.stringify(issue.input)})` : '';
  throw invalid(`rule ${name}: ${key ? `${key} ` : ''}${issue?.message ?? 'invalid parameters'}${got}`, undefined, {
    see: { place: 'rules' },
    ...(key ? { fields: { [key]: `${issue?.message ?? 'is not valid'}${got}` } } : {}),
  });
}

/** Applies `key=value` pairs together, then validates: `watch=3 look=4` may pass through no invalid state. */
export function setParams(rule: Rule, pairs: readonly (readonly [string, string])[]): Rule {
  const current = rule.params as Record<string, unknown>;
  const next = { ...current };
  for (const [key, value] of pairs) {
    if (!(key in current)) {
      throw invalid(`rule ${rule.name} has no parameter "${key}"`, `Its parameters are: ${Object.keys(current).join(', ')}`);
    }
    next[key] = parseValue(value);
  }
  return { ...rule, params: validateParams(rule.name, rule.kind, next) } as Rule;
}

/** Applies one `key=value`. */
export const setParam = (rule: Rule, key: string, value: string): Rule => setParams(rule, [[key, value]]);

/** Values are JSON when they parse (`4`, `null`), else text (`trigger=blame`). */
function parseValue(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
