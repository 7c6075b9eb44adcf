/**
 * Rules are data: a kind, parameters, and the principle they check. Parameters are validated in
 * `rule-params.ts` (zod, loaded only when a rule is written); `verdict.ts` judges the facts.
 */
import type { paramSchemas } from './rule-params.js';

export type Level = 'watch' | 'look';
export type VerdictWord = 'stay' | Level;
export type NudgeKind = 'rest' | 'light-search' | 'support' | 'log-a-win' | 'review';

/** How each kind of nudge is titled wherever it is shown. */
export const NUDGE_TITLE: Record<NudgeKind, string> = {
  rest: 'Rest',
  'light-search': 'Light search',
  support: 'Look after yourself',
  'log-a-win': 'Log a win',
  review: 'Review',
};

export const RULE_KINDS = ['cluster', 'repeat', 'sustained', 'flag', 'workload', 'tenure', 'instrument', 'absence'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export type RuleParams = { [K in RuleKind]: import('zod').output<(typeof paramSchemas)[K]> };

export interface RuleOf<K extends RuleKind> {
  name: string;
  kind: K;
  params: RuleParams[K];
  enabled: boolean;
  /** The principle the rule checks, quoted in the verdict. */
  principleId: number | null;
  /** Said when no principle is linked (e.g. a blank template). */
  belief: string;
}
export type Rule = { [K in RuleKind]: RuleOf<K> }[RuleKind];

/** The smallest count at which a threshold rule fires. */
export function lowestThreshold(p: { watch: number | null; look: number | null }): number {
  return Math.min(p.watch ?? Number.POSITIVE_INFINITY, p.look ?? Number.POSITIVE_INFINITY);
}

/** The level reached by `n`, or null. */
export function levelFor(p: { watch: number | null; look: number | null }, n: number): Level | null {
  if (p.look !== null && n >= p.look) return 'look';
  if (p.watch !== null && n >= p.watch) return 'watch';
  return null;
}

export const LEVEL_RANK: Record<VerdictWord, number> = { stay: 0, watch: 1, look: 2 };
