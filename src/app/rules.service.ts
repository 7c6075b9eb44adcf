import { notFound } from '../core/errors.js';
import { setParams } from '../core/rule-params.js';
import type { Rule } from '../core/rules.js';
import { type Ctx, requireInitialized } from './context.js';

export { listRules } from './queries.js';

async function update(ctx: Ctx, name: string, change: (r: Rule) => Rule): Promise<Rule> {
  return ctx.store.transaction(async (tx) => {
    await requireInitialized(tx);
    const rule = (await tx.listRules()).find((r) => r.name === name);
    if (!rule) throw notFound(`no rule "${name}"`, undefined, { see: { place: 'rules' } });
    const next = change(rule);
    await tx.updateRule(next);
    return next;
  });
}

/** Sets parameters together, validated against the rule kind's schema: `watch=3 look=4` may pass through no invalid state. */
export const setRuleParams = (ctx: Ctx, name: string, pairs: readonly (readonly [string, string])[]) => update(ctx, name, (r) => setParams(r, pairs));
export const setRuleParam = (ctx: Ctx, name: string, key: string, value: string) => setRuleParams(ctx, name, [[key, value]]);
export const setRuleEnabled = (ctx: Ctx, name: string, enabled: boolean) => update(ctx, name, (r) => ({ ...r, enabled }));
