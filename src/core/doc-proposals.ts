/**
 * Finding rules in the prose of an imported document. Two patterns, both proposed to the person and
 * never applied silently:
 * - a list introduced by text about leaving ("When to leave", "what would make me leave",
 *   "triggering events"): each short item is a leave trigger, linked to that item's principle;
 * - "If …, that's a sign I should look elsewhere": a trigger for the condition, plus a `repeat`
 *   rule that makes it count on its own (like the shipped `blame-culture` rule).
 */
import type { ParsedDocument, ParsedPrinciple } from './doc-markdown.js';
import type { RuleParams } from './rules.js';
import { slugify } from './validation.js';

export type Proposal =
  | { kind: 'trigger'; principle: number; text: string; slug: string }
  | { kind: 'sign'; principle: number; text: string; slug: string; rule: { name: string; params: RuleParams['repeat'] } };

const LEAVE = /\b(?:(?:would )?make me (?:want to )?leave|when to leave|time to (?:leave|go)|reasons? to leave|triggering events?|leave triggers?)\b/i;
const SIGN = /^if\s+(.+?),?\s+(?:then\s+)?(?:that['’]s|that is|it['’]s|it is|this is)\s+(?:a|my|the)\s+(?:\w+\s+)?sign\b(.*)$/i;
const ELSEWHERE = /\b(?:elsewhere|leave|leaving|move on|time to go|new job|another job)\b/i;

/** A sign counts on its own: seen once it is WATCH, seen in two different weeks of eight it is LOOK. */
export const SIGN_RULE_PARAMS = { weeks: 8, watch: 1, look: 2 } as const;

/**
 * The triggers and rules the document states, in document order; `principle` is the index of the
 * principle in document order (sections flattened).
 */
export function proposeRules(doc: ParsedDocument): Proposal[] {
  const out: Proposal[] = [];
  const seen = new Set<string>();
  const add = (p: Proposal) => {
    if (seen.has(p.text.toLowerCase())) return;
    seen.add(p.text.toLowerCase());
    out.push(p);
  };
  let index = 0;
  for (const section of doc) {
    for (const p of section.principles) {
      const sign = findSign(p.lead);
      if (sign) {
        const slug = slugOf(sign);
        add({ kind: 'sign', principle: index, text: sign, slug, rule: { name: `sign-${slug}`, params: { ...SIGN_RULE_PARAMS, trigger: slug } } });
      } else if (p.form === 'item' && isShortStatement(p) && (LEAVE.test(section.title) || LEAVE.test(p.intro ?? ''))) {
        const text = p.lead.replace(/\.$/, '');
        add({ kind: 'trigger', principle: index, text, slug: slugOf(text) });
      } else if (LEAVE.test(p.lead)) {
        for (const child of p.children) add({ kind: 'trigger', principle: index, text: child.replace(/\.$/, ''), slug: slugOf(child) });
      }
      index++;
    }
  }
  return out;
}

/** The condition of "If <condition>, that's a sign … elsewhere", as a trigger text; or null. */
export function findSign(prose: string): string | null {
  for (const sentence of sentences(prose)) {
    const m = SIGN.exec(sentence);
    if (m?.[1] && m[1].length <= 300 && ELSEWHERE.test(m[2] ?? '')) return m[1].charAt(0).toUpperCase() + m[1].slice(1);
  }
  return null;
}

const sentences = (prose: string): string[] => prose.split(/(?<=[.!?])\s+/).filter(Boolean);

/** One sentence, short, with nothing nested: the shape of a trigger, not of an explanation. */
const isShortStatement = (p: ParsedPrinciple): boolean =>
  p.lead !== '' && p.children.length === 0 && p.lead.length <= 200 && sentences(p.lead).length === 1 && !p.text.includes('\n\n');

/** A trigger slug, short enough for every slug rule. */
const slugOf = (text: string): string => slugify(text).slice(0, 50).replace(/-+$/, '');

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
