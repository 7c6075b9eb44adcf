/**
 * Matching the leave items of an imported document to the triggers Keel already holds (the starter's
 * ten, or ones added by hand), so that "My manager and I don't trust each other" takes the place of
 * `manager-trust` instead of sitting beside it. Words are compared by stem, without stop words.
 */
import type { Trigger } from '../domain.js';
import { words } from '../opportunities/match.js';

/** How alike two trigger texts are: shared meaningful words, and that share of the shorter one. */
export function triggerLikeness(a: string, b: string): { shared: number; share: number } {
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const w of wa.keys()) if (wb.has(w)) shared++;
  const shorter = Math.min(wa.size, wb.size);
  return { shared, share: shorter === 0 ? 0 : shared / shorter };
}

/** Two meaningful words in common, or half of the shorter text's: the same concern in other words. */
export const alike = (l: { shared: number; share: number }): boolean => l.shared >= 2 || (l.shared >= 1 && l.share >= 0.5);

/** Each text to at most one held trigger and each trigger to at most one text, the most alike pairs first. */
export function matchTriggers(texts: string[], held: Trigger[]): Map<string, Trigger> {
  const pairs: { text: string; t: Trigger; shared: number; share: number }[] = [];
  for (const text of texts) {
    for (const t of held) {
      const l = triggerLikeness(text, t.text);
      if (alike(l)) pairs.push({ text, t, ...l });
    }
  }
  pairs.sort((a, b) => b.shared - a.shared || b.share - a.share);
  const out = new Map<string, Trigger>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (out.has(p.text) || used.has(p.t.id)) continue;
    out.set(p.text, p.t);
    used.add(p.t.id);
  }
  return out;
}
