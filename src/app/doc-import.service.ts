/**
 * Bringing a document into Keel: Markdown or pasted text read into sections and principles, planned
 * against what Keel holds (same or similar text is that principle: a Revision), and the rules its
 * prose states, proposed, matched to the triggers and rules Keel has, and applied as the person chose.
 * One transaction; a preview runs the same and rolls back. About 300 lines: the plan, the
 * proposals' resolution and their application are one import, and each step reads the one before.
 */
import type { DocPrinciple, ParsedDocument } from '../core/doc/markdown.js';
import { type ImportPlan, type PrinciplePlan, planImport } from '../core/doc/merge.js';
import { type Proposal, proposeRules } from '../core/doc/proposals.js';
import type { Principle, Trigger } from '../core/domain.js';
import { KeelError } from '../core/errors.js';
import { validateParams } from '../core/rule-params.js';
import type { Rule, RuleKind } from '../core/rules.js';
import { uniqueSlug } from '../core/slug.js';
import { type Ctx, requireInitialized } from './context.js';
import type { Store } from './ports.js';
import { initKeel, type Template } from './setup.service.js';

/** A proposal from the prose, tied to the principle it came from. */
export interface RuleProposal {
  /** `trigger`: a leave item; `sign`: a trigger that counts on its own (a new rule); `bind`: a rule Keel has quotes this principle. */
  kind: Proposal['kind'];
  principleId: number;
  /** The principle's text, quoted by the rule. */
  belief: string;
  /** The trigger's text, in the person's words ('' for a binding that watches no trigger). */
  text: string;
  /** The trigger's slug (null for a binding that watches no trigger). */
  slug: string | null;
  /** The rule added (`sign`) or, for `bind`, the built-in rule with its parameters after the change. */
  rule: { name: string; kind: RuleKind; params: Rule['params'] } | null;
  /** What a `bind` changes in the rule, in its parameters' words (`{ hoursAtLeast: 45 }`). */
  changes: Record<string, number | string>;
  /** A trigger Keel already holds with similar words: it takes the person's wording and keeps its slug and observations. */
  replaces: { id: number; slug: string; text: string } | null;
}

export interface ImportResult {
  sections: { added: number; total: number };
  /** `updated`: new Source or Tags; `moved`: only a new place; `retired`: in the file, but retired in Keel (left so). */
  principles: { added: number; revised: number; updated: number; moved: number; unchanged: number; retired: number; notInFile: number };
  /** The document as read: what the import brings in, section by section. */
  document: { title: string; note: string | null; principles: DocPrinciple[] }[];
  /** Found in the prose and not applied (yet). */
  proposals: RuleProposal[];
  applied: RuleProposal[];
}

/** Which proposals to apply: all of them, none (they come back as proposals), or those with these keys (`proposalKey`). */
export type Accept = boolean | readonly string[];

/** A proposal's name, the same in a preview and in the import that follows it: `trigger:<slug>`, `rule:<name>`. */
export const proposalKey = (p: RuleProposal): string => (p.rule ? `rule:${p.rule.name}` : `trigger:${p.slug}`);

export interface ImportOptions {
  apply: Accept;
  /** Set up an empty database with this template first, in the same transaction (the web's onboarding). */
  template?: Template;
}

/**
 * Brings a document (Markdown or pasted web text) into Keel in one transaction: sections by title,
 * principles by text (a similar text in any section is that principle, edited: a Revision).
 * Importing the same file again changes nothing. The rules found in the prose are applied as
 * `apply` says; the rest are returned as proposals.
 */
export async function importDocument(ctx: Ctx, text: string, where: string, opts: ImportOptions): Promise<ImportResult> {
  const { parseDocument } = await import('../core/doc/markdown.js');
  const doc = parseDocument(text);
  checkParsed(doc, where);
  return ctx.store.transaction(async (tx) => {
    if (opts.template) await initKeel({ ...ctx, store: tx }, opts.template);
    await requireInitialized(tx);
    const [sections, principles] = await Promise.all([tx.listSections(), tx.listPrinciples()]);
    const plan = planImport(sections, principles, doc);
    const now = ctx.clock.now();
    const flat = doc.flatMap((s) => s.principles);
    const written = await writePlan(tx, plan, flat, principles, { now, reason: `imported from ${where}` });
    const proposals = await resolveProposals(tx, proposeRules(doc), written.ids, flat);
    const accepted = (p: RuleProposal) => (typeof opts.apply === 'boolean' ? opts.apply : opts.apply.includes(proposalKey(p)));
    const applied = await applyIn(tx, proposals.filter(accepted), now);
    const same = plan.principles.flatMap((p) => (p.action === 'same' ? [p.id] : []));
    const count = (action: PrinciplePlan['action']) => plan.principles.filter((p) => p.action === action).length;
    return {
      sections: { added: plan.sections.filter((s) => s.id === null).length, total: doc.length },
      principles: {
        added: count('insert'),
        revised: count('revise'),
        updated: same.filter((id) => written.updated.has(id)).length,
        moved: same.filter((id) => written.moved.has(id) && !written.updated.has(id)).length,
        unchanged: same.filter((id) => !written.moved.has(id) && !written.updated.has(id)).length,
        retired: count('retired'),
        notInFile: plan.notInFile.length,
      },
      document: doc.map((s) => ({
        title: s.title,
        note: s.note,
        principles: s.principles.map((p) => ({ text: p.text, source: p.source, sourceDate: p.sourceDate, tags: p.tags })),
      })),
      proposals: proposals.filter((p) => !accepted(p)),
      applied,
    };
  });
}

/** What `importDocument` would do, with every proposal listed, and nothing written: the transaction is rolled back. */
export async function previewImport(ctx: Ctx, text: string, where: string, opts: { template?: Template } = {}): Promise<ImportResult> {
  let result: ImportResult | undefined;
  try {
    await ctx.store.transaction(async (tx) => {
      result = await importDocument({ ...ctx, store: tx }, text, where, { apply: false, ...opts });
      throw ROLLBACK;
    });
  } catch (e) {
    if (e !== ROLLBACK) throw e;
  }
  return result as ImportResult;
}

const ROLLBACK = Symbol('rollback');

/** Carries out an import plan; returns the id of each principle of the file and what was touched. */
async function writePlan(tx: Store, plan: ImportPlan, flat: DocPrinciple[], held: Principle[], revision: { now: string; reason: string }) {
  const sectionIds: number[] = [];
  for (const s of plan.sections) {
    if (s.id === null) sectionIds.push((await tx.insertSection(s.title, s.position, s.note)).id);
    else {
      if (s.note !== undefined) await tx.updateSection(s.id, { note: s.note });
      sectionIds.push(s.id);
    }
  }
  const known = new Map(held.map((p) => [p.id, p]));
  const ids: number[] = [];
  const updated = new Set<number>();
  const moved = new Set<number>();
  for (const [i, pl] of plan.principles.entries()) {
    const p = flat[i] as DocPrinciple;
    if (pl.action === 'insert') {
      const row = await tx.insertPrinciple(
        { sectionId: sectionIds[pl.section] as number, text: p.text, tags: p.tags, source: p.source, sourceDate: p.sourceDate },
        revision.now,
      );
      known.set(row.id, row);
      ids.push(row.id);
      continue;
    }
    ids.push(pl.id);
    if (pl.action === 'revise') {
      await tx.updatePrincipleText(pl.id, p.text, { previousText: known.get(pl.id)?.text ?? '', changedAt: revision.now, reason: revision.reason });
    }
    if (Object.keys(pl.patch).length) {
      await tx.updatePrinciple(pl.id, pl.patch);
      updated.add(pl.id);
    }
  }
  for (const [si, refs] of plan.order.entries()) {
    const sectionId = sectionIds[si] as number;
    for (const [position, ref] of refs.entries()) {
      const id = 'id' in ref ? ref.id : (ids[ref.principle] as number);
      const place = known.get(id);
      if (place?.sectionId === sectionId && place.position === position) continue;
      await tx.updatePrinciple(id, { sectionId, position });
      moved.add(id);
    }
  }
  return { ids, updated, moved };
}

function checkParsed(doc: ParsedDocument, where: string): void {
  const bad = (message: string) => new KeelError('BadFile', `${where}: ${message}`, 'Nothing was imported.');
  if (doc.length === 0) throw bad('no headings, list items or paragraphs found');
  for (const s of doc) {
    if (s.title.length > 200) throw bad(`the heading "${s.title.slice(0, 40)}…" is over 200 characters`);
    for (const p of s.principles) if (p.text.length > 20_000) throw bad(`a principle in "${s.title}" is over 20000 characters`);
  }
}

/**
 * Ties each proposal to its principle and to what Keel holds: a trigger with the same text is not
 * proposed again, a similar active one (the starter's) is matched to the person's wording instead of
 * doubled, a rule that already quotes this principle with these numbers is left out.
 */
async function resolveProposals(tx: Store, proposals: Proposal[], ids: number[], flat: DocPrinciple[]): Promise<RuleProposal[]> {
  const [triggers, rules] = await Promise.all([tx.listTriggers(), tx.listRules()]);
  const { matchTriggers } = await import('../core/doc/triggers.js');
  const byText = new Map(triggers.map((t) => [t.text.toLowerCase(), t]));
  const slugs = new Set(triggers.map((t) => t.slug));
  const wanted = proposals.flatMap((p) => (p.kind === 'bind' ? (p.trigger ? [p.trigger.text] : []) : [p.text]));
  const similar = matchTriggers(
    wanted.filter((text) => !byText.has(text.toLowerCase())),
    triggers.filter((t) => t.active && !wanted.some((w) => w.toLowerCase() === t.text.toLowerCase())),
  );
  /** The slug a proposed trigger text ends up with, and what it takes the place of. */
  const settled = new Map<string, { slug: string; replaces: Trigger | null; exists: boolean }>();
  const settle = (text: string, proposed: string) => {
    const key = text.toLowerCase();
    const known = settled.get(key);
    if (known) return known;
    const same = byText.get(key);
    const like = similar.get(text);
    const slug = same?.slug ?? like?.slug ?? uniqueSlug(proposed, slugs);
    slugs.add(slug);
    const result = { slug, replaces: same ? null : (like ?? null), exists: same !== undefined };
    settled.set(key, result);
    return result;
  };
  const replaces = (t: Trigger | null) => (t ? { id: t.id, slug: t.slug, text: t.text } : null);
  const out: RuleProposal[] = [];
  for (const p of proposals) {
    const principleId = ids[p.principle] as number;
    const belief = flat[p.principle]?.text ?? '';
    if (p.kind === 'trigger') {
      const t = settle(p.text, p.slug);
      if (t.exists) continue;
      out.push({ kind: 'trigger', principleId, belief, text: p.text, slug: t.slug, rule: null, changes: {}, replaces: replaces(t.replaces) });
    } else if (p.kind === 'sign') {
      const t = settle(p.text, p.slug);
      const name = `sign-${t.slug}`;
      if (rules.some((r) => r.name === name)) continue;
      const rule = { name, kind: 'repeat' as const, params: { ...p.rule.params, trigger: t.slug } };
      out.push({ kind: 'sign', principleId, belief, text: p.text, slug: t.slug, rule, changes: {}, replaces: replaces(t.replaces) });
    } else {
      const held = rules.find((r) => r.name === p.rule);
      if (!held) continue;
      // The trigger the rule watches now (the starter's `blame`) is the one the person's words name.
      const watching = held.kind === 'repeat' ? held.params.trigger : null;
      const watched = watching ? triggers.find((t) => t.active && t.slug === watching) : undefined;
      if (p.trigger && watched && !similar.has(p.trigger.text) && !byText.has(p.trigger.text.toLowerCase()) && ![...similar.values()].includes(watched)) {
        similar.set(p.trigger.text, watched);
      }
      const t = p.trigger ? settle(p.trigger.text, p.trigger.slug) : null;
      const changes: Record<string, number | string> = { ...p.params, ...(t ? { trigger: t.slug } : {}) };
      const params = { ...held.params, ...changes } as Rule['params'];
      const differs = Object.entries(changes).some(([k, v]) => (held.params as Record<string, unknown>)[k] !== v);
      const createsTrigger = t !== null && !t.exists && !out.some((x) => x.slug === t.slug && x.kind !== 'bind');
      if (held.principleId === principleId && !differs && !createsTrigger) continue;
      out.push({
        kind: 'bind',
        principleId,
        belief,
        text: p.trigger?.text ?? '',
        slug: t?.slug ?? null,
        rule: { name: held.name, kind: held.kind, params },
        changes,
        replaces: createsTrigger ? replaces(t.replaces) : null,
      });
    }
  }
  return out;
}

async function applyIn(tx: Store, proposals: RuleProposal[], now: string): Promise<RuleProposal[]> {
  const triggers = await tx.listTriggers();
  const rules = await tx.listRules();
  let position = rules.length;
  const applied: RuleProposal[] = [];
  for (const p of proposals) {
    if (p.slug !== null && p.text !== '') {
      const same = triggers.find((t) => t.text.toLowerCase() === p.text.toLowerCase() || (!p.replaces && t.slug === p.slug));
      const like = p.replaces ? triggers.find((t) => t.id === p.replaces?.id && t.active) : undefined;
      if (like && !same) {
        await tx.rewordTrigger(like.id, p.text, p.principleId);
        Object.assign(like, { text: p.text, principleId: p.principleId });
      } else if (!same) {
        triggers.push(await tx.insertTrigger({ slug: p.slug, text: p.text, weight: 1, principleId: p.principleId }, now));
      }
    }
    if (p.rule && p.kind === 'sign' && !rules.some((r) => r.name === p.rule?.name)) {
      const params = validateParams(p.rule.name, 'repeat', p.rule.params);
      await tx.insertRule({ name: p.rule.name, kind: 'repeat', params, enabled: true, principleId: p.principleId, belief: p.belief }, position++);
    } else if (p.rule && p.kind === 'bind') {
      const held = rules.find((r) => r.name === p.rule?.name);
      if (!held) continue;
      const params = validateParams(held.name, held.kind, p.rule.params);
      await tx.updateRule({ ...held, params, principleId: p.principleId } as Rule);
    }
    applied.push(p);
  }
  return applied;
}

const CHANGE_WORDS: Record<string, (v: number | string) => string> = {
  hoursAtLeast: (v) => `weeks of ${v} hours or more`,
  years: (v) => `after ${v} years in a job`,
  searchWithinYears: () => '',
  trigger: (v) => `watches ${v}`,
};

/** What a proposal does, in words a person reads (the CLI's list and the web's preview): a label and a sentence. */
export function explainProposal(p: RuleProposal): { label: string; detail: string } {
  const quote = (t: string) => `"${t.length > 90 ? `${t.slice(0, 89)}…` : t}"`;
  if (p.kind === 'trigger') {
    const instead = p.replaces ? `; takes the place of ${p.replaces.slug} (${quote(p.replaces.text)}) and keeps its observations` : '';
    return { label: `trigger ${p.slug}`, detail: `${quote(p.text)}${instead}` };
  }
  if (p.kind === 'sign' && p.rule && 'look' in p.rule.params) {
    const instead = p.replaces ? `; the trigger takes the place of ${p.replaces.slug}` : '';
    return {
      label: `rule ${p.rule.name}`,
      detail: `${quote(p.text)} counts on its own: seen once WATCH, in ${p.rule.params.look} different weeks of ${p.rule.params.weeks} LOOK${instead}`,
    };
  }
  const changes = Object.entries(p.changes)
    .map(([k, v]) => CHANGE_WORDS[k]?.(v) ?? `${k} ${v}`)
    .filter(Boolean);
  const adds = p.replaces ? `, a trigger in your words taking the place of ${p.replaces.slug}` : p.text ? `, trigger ${quote(p.text)}` : '';
  return { label: `rule ${p.rule?.name ?? ''}`, detail: `quotes ${quote(p.belief)}${changes.length ? `; ${changes.join(', ')}` : ''}${adds}` };
}
