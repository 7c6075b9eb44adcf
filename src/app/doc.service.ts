/**
 * The living document: sections and principles with a Revision for every text change, Markdown and
 * HTML export, and periodic reviews (importing a document is doc-import.service.ts, re-exported here). The Markdown, HTML and diff modules load on demand, so that the reading
 * commands (list, show, review) start without them.
 */

import type { RevisionDiff } from '../core/doc/diff.js';
import { placeSchema, principleInputSchema, reasonSchema, reviewDaysSchema, sectionTitleSchema } from '../core/doc/input.js';
import type { DocPrinciple } from '../core/doc/markdown.js';
import { metaPatch } from '../core/doc/merge.js';
import { dueForReview as principlesDue, REVIEW_DAYS_SETTING, reviewDaysFrom } from '../core/doc/review.js';
import { parseSource } from '../core/doc/source.js';
import type { Principle, Section, Trigger } from '../core/domain.js';
import { invalid, KeelError, notFound } from '../core/errors.js';
import type { IsoDate } from '../core/iso-week.js';
import { parseField, parseInput, together } from '../core/validation.js';
import { type Ctx, requireInitialized } from './context.js';
import type { Store } from './ports.js';

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
  const { revisionDiffs } = await import('../core/doc/diff.js');
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
    const { input, reason } = together({
      input: () =>
        parseInput(principleInputSchema, {
          text: req.text ?? current.text,
          source: req.source !== undefined ? req.source : current.source,
          sourceDate: req.sourceDate !== undefined ? req.sourceDate : current.sourceDate,
          tags: req.tags ?? current.tags,
        }),
      reason: () => parseField('reason', reasonSchema, req.reason ?? null, 'Keep the reason to one line.'),
    });
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
  const { survivesMarkdown } = await import('../core/doc/markdown.js');
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
  const { survivesMarkdown } = await import('../core/doc/markdown.js');
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

export async function exportMarkdown(ctx: Ctx): Promise<string> {
  const doc = await getDocument(ctx);
  const { renderMarkdown } = await import('../core/doc/markdown.js');
  return renderMarkdown(doc);
}

/** One self-contained page, dated by the document's last change. */
export async function exportHtml(ctx: Ctx, titleInput: unknown = DEFAULT_PAGE_TITLE): Promise<string> {
  const title = parseField('title', sectionTitleSchema, titleInput);
  const [doc, last] = await Promise.all([getDocument(ctx), ctx.store.lastDocumentChange()]);
  const { renderHtml } = await import('../core/doc/html.js');
  return renderHtml({ title, sections: doc, updatedOn: last ? last.slice(0, 10) : null });
}

export {
  type Accept,
  explainProposal,
  type ImportOptions,
  type ImportResult,
  importDocument,
  previewImport,
  proposalKey,
  type RuleProposal,
} from './doc-import.service.js';
