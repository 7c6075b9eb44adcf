/** The rules: data in the `rules` table, in their order (`position`), keyed by name. */
import type { Store } from '../app/ports.js';
import type { Rule, RuleKind } from '../core/rules.js';
import { json } from './columns.js';
import type { Db, RuleRow } from './schema.js';

export const toRule = (r: RuleRow): Rule =>
  ({
    name: r.name,
    kind: r.kind as RuleKind,
    // Validated when written (rules set, init, import); reads stay free of the validation library.
    params: JSON.parse(r.params),
    enabled: Number(r.enabled) === 1,
    principleId: r.principle_id,
    belief: r.belief,
  }) as Rule;

export function rulesRepo(db: Db): Pick<Store, 'listRules' | 'insertRule' | 'updateRule'> {
  return {
    async listRules() {
      return (await db.selectFrom('rules').selectAll().orderBy('position').execute()).map(toRule);
    },
    async insertRule(rule: Rule, position) {
      await db
        .insertInto('rules')
        .values({
          name: rule.name,
          kind: rule.kind,
          params: json(rule.params),
          enabled: rule.enabled ? 1 : 0,
          principle_id: rule.principleId,
          belief: rule.belief,
          position,
        })
        .execute();
    },
    async updateRule(rule) {
      await db
        .updateTable('rules')
        .set({ params: json(rule.params), enabled: rule.enabled ? 1 : 0, principle_id: rule.principleId })
        .where('name', '=', rule.name)
        .execute();
    },
  };
}
