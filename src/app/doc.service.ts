/**
 * The living document: sections and principles with a Revision for every text change, Markdown
 * import (which also proposes the triggers and rules its prose states), Markdown and HTML export,
 * and periodic reviews. The Markdown, HTML and diff modules load on demand, so that the reading
 * commands (list, show, review) start without them.
 */

import type { RevisionDiff } from '../core/doc-diff.js';
import { placeSchema, principleInputSchema, reasonSchema, reviewDaysSchema, sectionTitleSchema } from '../core/doc-input.js';
import type { DocPrinciple, ParsedDocument } from '../core/doc-markdown.js';
import { type ImportPlan, metaPatch, type PrinciplePlan, planImport } from '../core/doc-merge.js';
import { type Proposal, proposeRules, uniqueSlug } from '../core/doc-proposals.js';
import { dueForReview as principlesDue, REVIEW_DAYS_SETTING, reviewDaysFrom } from '../core/doc-review.js';
import { parseSource } from '../core/doc-source.js';
import type { Principle, Section, Trigger } from '../core/domain.js';
import { invalid, KeelError, notFound } from '../core/errors.js';
import type { IsoDate } from '../core/iso-week.js';
import { validateParams } from '../core/rule-params.js';
import type { Rule, RuleKind } from '../core/rules.js';
import { parseField, parseInput } from '../core/validation.js';
import { type Ctx, requireInitialized } from './context.js';
import type { Store } from './ports.js';
import { initKeel, type Template } from './setup.service.js';

export const DEFAULT_PAGE_TITLE = 'Principles';

export interface SectionWithPrinciples extends Section {
  principles: Principle[];
}

// ---- reading -----------------------------------------------------------------------------------

/** The sections in order with their active principles (and retired ones with `all`). */
export async function getDocument({ store }: Ctx, opts: { all?: boolean } = {}): Promise<SectionWithPrinciples[]> {
  await requireInitialized(store);
  const [sections, principles] = await Promise.all([store.listSections(), store.listPrinciples()]);
  return sections.map((s) => ({ ...s, principles: principles.filter((p) => p.sectionId === s.id && (opts.all || p.retiredAt === null)) }));
}

export interface PrincipleDetail {
  principle: Principle;
  section: Section;
  revisions: number;
  triggers: Trigger[];
  rules: string[];
}

export async function showPrinciple({ store }: Ctx, ref: string): Promise<PrincipleDetail> {
  await requireInitialized(store);
  const principle = await findPrinciple(store, ref);
  const [sections, revisions, triggers, rules] = await Promise.all([
    store.listSections(),
    store.listRevisions(principle.id),
    store.listTriggers(),
    store.listRules(),
  ]);
  return {
    principle,
    section: sections.find((s) => s.id === principle.sectionId) as Section,
    revisions: revisions.length,
    triggers: triggers.filter((t) => t.principleId === principle.id),
    rules: rules.filter((r) => r.principleId === principle.id).map((r) => r.name),
  };
}

/** Every revision of a principle as a word diff, oldest first. */
export async function principleHistory({ store }: Ctx, ref: string): Promise<{ principle: Principle; revisions: RevisionDiff[] }> {
  await requireInitialized(store);
  const principle = await findPrinciple(store, ref);
  const { revisionDiffs } = await import('../core/doc-diff.js');
  return { principle, revisions: revisionDiffs(principle.text, await store.listRevisions(principle.id)) };
}

export async function findPrinciple(store: Store, ref: string): Promise<Principle> {
  const found = /^\d+$/.test(ref.trim()) ? await store.getPrinciple(Number(ref.trim())) : null;
  if (!found) throw notFound(`no principle ${ref}`, 'Principles are named by their id.', { see: { place: 'document' } });
  return found;
}

/** A section by id or exact title (case-insensitive). */
export async function findSection(store: Store, ref: string): Promise<Section> {
  const sections = await store.listSections();
  const r = ref.trim();
  const found = (/^\d+$/.test(r) ? sections.find((s) => s.id === Number(r)) : undefined) ?? sections.find((s) => s.title.toLowerCase() === r.toLowerCase());
  if (!found) throw notFound(`no section "${ref}"`, sectionsHint(sections));
  return found;
}

const sectionsHint = (sections: Section[]) => (sections.length ? `Sections: ${sections.map((s) => `"${s.title}"`).join(', ')}.` : 'Add a section first.');

// ---- writing -----------------------------------------------------------------------------------

export async function addSection({ store }: Ctx, titleInput: unknown): Promise<Section> {
  const title = await sectionTitle(titleInput);
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const sections = await tx.listSections();
    if (sections.some((s) => s.title.toLowerCase() === title.toLowerCase())) {
      throw new KeelError('Conflict', `a section "${title}" already exists`, undefined, {
        see: { place: 'document' },
        fields: { title: 'is taken by another section' },
      });
    }
    return tx.insertSection(title, Math.max(-1, ...sections.map((s) => s.position)) + 1);
  });
}

export async function renameSection({ store }: Ctx, ref: string, titleInput: unknown): Promise<Section> {
  const title = await sectionTitle(titleInput);
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const section = await findSection(tx, ref);
    const clash = (await tx.listSections()).find((s) => s.id !== section.id && s.title.toLowerCase() === title.toLowerCase());
    if (clash) throw new KeelError('Conflict', `a section "${clash.title}" already exists`, 'Choose another title.');
    await tx.updateSection(section.id, { title });
    return { ...section, title };
  });
}

/** Moves a section to a 1-based place in the document. */
export async function moveSection({ store }: Ctx, ref: string, placeInput: unknown): Promise<Section[]> {
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const section = await findSection(tx, ref);
    const others = (await tx.listSections()).filter((s) => s.id !== section.id);
    const place = parseField('place', placeSchema(others.length + 1), placeInput, `Give a place from 1 to ${others.length + 1}.`);
    const order = [...others.slice(0, place - 1), section, ...others.slice(place - 1)];
    for (const [position, s] of order.entries()) if (s.position !== position) await tx.updateSection(s.id, { position });
    return order.map((s, position) => ({ ...s, position }));
  });
}

export interface PrincipleRequest {
  text?: unknown;
  source?: unknown;
  sourceDate?: unknown;
  tags?: string[];
}

/** Adds a principle at the end of a section (the only section when there is one). */
export async function addPrinciple({ store, clock }: Ctx, req: PrincipleRequest & { section?: string }): Promise<Principle> {
  const input = parseInput(principleInputSchema, { text: req.text, source: req.source, sourceDate: req.sourceDate, tags: req.tags ?? [] });
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const sections = await tx.listSections();
    const section = req.section !== undefined ? await findSection(tx, req.section) : sections.length === 1 ? sections[0] : undefined;
    if (!section)
      throw invalid(sections.length ? 'which section? name one' : 'the document has no sections yet', sectionsHint(sections), {
        fields: { section: sections.length ? 'needs an answer' : 'add a section first' },
      });
    return tx.insertPrinciple({ sectionId: section.id, ...(await canonical(section.title, input)) }, clock.now());
  });
}

/** Changes a principle: a new text records a Revision (with the reason); Source and Tags change in place. */
export async function editPrinciple(
  { store, clock }: Ctx,
  ref: string,
  req: PrincipleRequest & { reason?: unknown },
): Promise<{ principle: Principle; changed: string[] }> {
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const current = await findPrinciple(tx, ref);
    if (current.retiredAt) throw new KeelError('Conflict', `principle ${current.id} is retired`, 'Add it again if it holds once more.');
    const input = parseInput(principleInputSchema, {
      text: req.text ?? current.text,
      source: req.source !== undefined ? req.source : current.source,
      sourceDate: req.sourceDate !== undefined ? req.sourceDate : current.sourceDate,
      tags: req.tags ?? current.tags,
    });
    const reason = parseField('reason', reasonSchema, req.reason ?? null, 'Keep the reason to one line.');
    const section = (await tx.listSections()).find((s) => s.id === current.sectionId) as Section;
    const next = await canonical(section.title, input);
    const changed: string[] = [];
    if (next.text !== current.text) {
      await tx.updatePrincipleText(current.id, next.text, { previousText: current.text, changedAt: clock.now(), reason });
      changed.push('text');
    }
    const patch = metaPatch(current, next);
    await tx.updatePrinciple(current.id, patch);
    changed.push(...Object.keys(patch));
    return { principle: (await tx.getPrinciple(current.id)) as Principle, changed };
  });
}

/**
 * What will be stored: a date at the end of the source ("a talk, 2019") becomes the source date, and
 * the principle must come back unchanged from a Markdown export, or it is refused.
 */
async function canonical(sectionTitle: string, input: DocPrinciple): Promise<DocPrinciple> {
  const { survivesMarkdown } = await import('../core/doc-markdown.js');
  const p = input.source && !input.sourceDate ? { ...input, ...parseSource(input.source) } : input;
  if (!survivesMarkdown(sectionTitle, p)) {
    throw invalid(
      'this principle would not come back the same from a Markdown export',
      'Avoid a line that is only "---" or starts with "_Source:" or "_Tags:", and "_" or "*" at the ends of the source or a tag.',
    );
  }
  return p;
}

async function sectionTitle(input: unknown): Promise<string> {
  const title = parseField('title', sectionTitleSchema, input);
  const { survivesMarkdown } = await import('../core/doc-markdown.js');
  if (!survivesMarkdown(title, null)) throw invalid(`the title "${title}" would change in a Markdown heading`, 'Avoid "#" at its ends.');
  return title;
}

// ---- reviews -----------------------------------------------------------------------------------

/** How many days a principle may go without a review (0: never due). */
export const reviewDays = async (store: Store): Promise<number> => reviewDaysFrom(await store.getSetting(REVIEW_DAYS_SETTING));

export async function setReviewDays({ store }: Ctx, input: unknown): Promise<number> {
  const days = parseField('every', reviewDaysSchema, input, '0 turns reviews off.');
  await store.transaction(async (tx) => {
    await requireInitialized(tx);
    await tx.setSetting(REVIEW_DAYS_SETTING, String(days));
  });
  return days;
}

/** The active principles not reviewed (or, never reviewed, not written) in the last `days` days, oldest first. */
export async function dueForReview({ store, clock }: Ctx, asOf: IsoDate = clock.today()) {
  await requireInitialized(store);
  const days = await reviewDays(store);
  return { days, principles: principlesDue(await store.listPrinciples(), asOf, days) };
}

export type ReviewAction = { action: 'keep' } | { action: 'retire' } | { action: 'edit'; text: unknown; reason?: unknown };

/** Records a review: keep as is, retire, or edit (a Revision); each sets `reviewedAt`. */
export async function reviewPrinciple(ctx: Ctx, ref: string, review: ReviewAction): Promise<Principle> {
  return ctx.store.transaction(async (tx) => {
    await requireInitialized(tx);
    const p = await findPrinciple(tx, ref);
    if (p.retiredAt) throw new KeelError('Conflict', `principle ${p.id} is already retired`, undefined, { see: { place: 'document' } });
    if (review.action === 'edit') await editPrinciple({ ...ctx, store: tx }, ref, { text: review.text, reason: review.reason ?? 'review' });
    const now = ctx.clock.now();
    await tx.updatePrinciple(p.id, { reviewedAt: now, ...(review.action === 'retire' ? { retiredAt: now } : {}) });
    return (await tx.getPrinciple(p.id)) as Principle;
  });
}

// ---- import and export -------------------------------------------------------------------------

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
  const { parseDocument } = await import('../core/doc-markdown.js');
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
  const { matchTriggers } = await import('../core/doc-triggers.js');
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

export async function exportMarkdown(ctx: Ctx): Promise<string> {
  const doc = await getDocument(ctx);
  const { renderMarkdown } = await import('../core/doc-markdown.js');
  return renderMarkdown(doc);
}

/** One self-contained page, dated by the document's last change. */
export async function exportHtml(ctx: Ctx, titleInput: unknown = DEFAULT_PAGE_TITLE): Promise<string> {
  const title = parseField('title', sectionTitleSchema, titleInput);
  const [doc, last] = await Promise.all([getDocument(ctx), ctx.store.lastDocumentChange()]);
  const { renderHtml } = await import('../core/doc-html.js');
  return renderHtml({ title, sections: doc, updatedOn: last ? last.slice(0, 10) : null });
}
