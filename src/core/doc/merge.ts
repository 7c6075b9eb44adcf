/**
 * Planning how an imported document lands on the one Keel holds, so that importing the same file
 * twice changes nothing and an edited file revises principles instead of duplicating them. Nothing
 * is deleted: principles Keel holds that the file does not mention are kept, after the file's own.
 */

import type { Principle, Section } from '../domain.js';
import type { DocPrinciple, DocSection } from './markdown.js';

/** The fields of a principle other than its text (text changes always record a Revision). */
export type PrinciplePatch = Partial<Pick<Principle, 'sectionId' | 'position' | 'source' | 'sourceDate' | 'tags' | 'reviewedAt' | 'retiredAt'>>;

/** Per section of the file: the section of Keel with the same title (with the file's note when it has a new one), or a new one. */
export type SectionPlan = { id: number; note?: string } | { id: null; title: string; position: number; note: string | null };

/** Per principle of the file, in document order. */
export type PrinciplePlan =
  | { action: 'insert'; section: number }
  | { action: 'same' | 'revise' | 'retired'; id: number; section: number; patch: PrinciplePatch };

export interface ImportPlan {
  sections: SectionPlan[];
  principles: PrinciplePlan[];
  /**
   * Per section of the file, its principles in their new order (which also moves a principle found
   * in another section): the file's by index, then the ones Keel keeps, by id.
   */
  order: ({ principle: number } | { id: number })[][];
  /** Active principles of Keel that the file does not contain (kept as they are). */
  notInFile: Principle[];
}

/** Texts sharing at least this share of their words are taken as one principle, edited. */
export const SIMILAR_ENOUGH = 0.5;

export function planImport(sections: Section[], principles: Principle[], doc: DocSection[]): ImportPlan {
  const usedSections = new Set<number>();
  let nextPosition = Math.max(-1, ...sections.map((s) => s.position)) + 1;
  const sectionPlans: SectionPlan[] = doc.map((s) => {
    const match = sections.find((x) => !usedSections.has(x.id) && sameTitle(x.title, s.title));
    if (!match) return { id: null, title: s.title, position: nextPosition++, note: s.note ?? null };
    usedSections.add(match.id);
    return s.note && s.note !== match.note ? { id: match.id, note: s.note } : { id: match.id };
  });
  const sectionIdOf = (si: number) => sectionPlans[si]?.id ?? null;
  const flat = doc.flatMap((s, si) => s.principles.map((p) => ({ p, si })));
  const plans: (PrinciplePlan | undefined)[] = flat.map(() => undefined);
  const taken = new Set<number>();

  // 1. The same text: in the same section, else moved from another one, else retired in Keel.
  const rank = (x: Principle, si: number) => (x.retiredAt ? 2 : x.sectionId === sectionIdOf(si) ? 0 : 1);
  for (const [i, { p, si }] of flat.entries()) {
    const match = principles.filter((x) => !taken.has(x.id) && x.text === p.text).sort((a, b) => rank(a, si) - rank(b, si))[0];
    if (!match) continue;
    taken.add(match.id);
    plans[i] = match.retiredAt
      ? { action: 'retired', id: match.id, section: si, patch: {} }
      : { action: 'same', id: match.id, section: si, patch: metaPatch(match, p) };
  }

  // 2. A similar text in the same section: that principle, edited. Best pairs first.
  const pairs: { i: number; x: Principle; score: number }[] = [];
  for (const [i, { p, si }] of flat.entries()) {
    if (plans[i]) continue;
    for (const x of principles) {
      if (x.retiredAt || taken.has(x.id) || x.sectionId !== sectionIdOf(si)) continue;
      const score = similarity(x.text, p.text);
      if (score >= SIMILAR_ENOUGH) pairs.push({ i, x, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.i - b.i);
  for (const { i, x } of pairs) {
    const f = flat[i];
    if (!f || plans[i] || taken.has(x.id)) continue;
    taken.add(x.id);
    plans[i] = { action: 'revise', id: x.id, section: f.si, patch: metaPatch(x, f.p) };
  }

  // 3. Everything else is new.
  const planned = flat.map((f, i) => plans[i] ?? { action: 'insert' as const, section: f.si });
  const notInFile = principles.filter((x) => !x.retiredAt && !taken.has(x.id));
  const order = doc.map((_, si) => [
    ...planned.flatMap((pl, i) => (pl.section === si && pl.action !== 'retired' ? [{ principle: i }] : [])),
    ...notInFile.filter((x) => x.sectionId === sectionIdOf(si)).map((x) => ({ id: x.id })),
  ]);
  return { sections: sectionPlans, principles: planned, order, notInFile };
}

/** Share of distinct words two texts have in common (Jaccard), 0–1. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const all = wa.size + wb.size - shared;
  return all === 0 ? 1 : shared / all;
}

const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
const sameTitle = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The Source and Tags changes; section and position follow from `order`. */
export function metaPatch(x: Principle, p: DocPrinciple): PrinciplePatch {
  const patch: PrinciplePatch = {};
  if (x.source !== p.source) patch.source = p.source;
  if (x.sourceDate !== p.sourceDate) patch.sourceDate = p.sourceDate;
  if (x.tags.join('\n') !== p.tags.join('\n')) patch.tags = p.tags;
  return patch;
}
