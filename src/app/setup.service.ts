import { KeelError } from '../core/errors.js';
import type { Rule } from '../core/rules.js';
import { DEFAULT_RULES, STARTER_SECTIONS, STARTER_TRIGGERS } from '../core/template.js';
import type { Ctx } from './context.js';

export type Template = 'starter' | 'blank';

export interface InitResult {
  template: Template;
  sections: number;
  principles: number;
  triggers: number;
  rules: number;
}

/**
 * Sets up a new database: the starter template (sections with the beliefs as principles, the ten
 * triggers, the twelve rules linked to their principles) or a blank one (rules only, quoting their beliefs).
 */
export async function initKeel({ store, clock }: Ctx, template: Template): Promise<InitResult> {
  return store.transaction(async (tx) => {
    if ((await tx.getSetting('initialized_at')) !== null) {
      throw new KeelError('AlreadyInitialized', 'Keel is already set up in this database', undefined, { see: { place: 'status' } });
    }
    const now = clock.now();
    const keys = new Map<string, number>();
    let principles = 0;
    let triggers = 0;
    if (template === 'starter') {
      for (const [i, section] of STARTER_SECTIONS.entries()) {
        const s = await tx.insertSection(section.title, i);
        for (const p of section.principles) {
          const row = await tx.insertPrinciple({ sectionId: s.id, text: p.text, source: 'Keel starter template' }, now);
          keys.set(p.key, row.id);
          principles++;
        }
      }
      for (const t of STARTER_TRIGGERS) {
        await tx.insertTrigger({ slug: t.slug, text: t.text, weight: 1, principleId: keys.get(t.principleKey) ?? null }, now);
        triggers++;
      }
    }
    for (const [i, r] of DEFAULT_RULES.entries()) {
      const { principleKey, ...rest } = r;
      await tx.insertRule({ ...rest, enabled: true, principleId: keys.get(principleKey) ?? null } as Rule, i);
    }
    await tx.setSetting('template', template);
    await tx.setSetting('initialized_at', now);
    return { template, sections: template === 'starter' ? STARTER_SECTIONS.length : 0, principles, triggers, rules: DEFAULT_RULES.length };
  });
}

export async function isInitialized({ store }: Ctx): Promise<boolean> {
  return (await store.getSetting('initialized_at')) !== null;
}
