/**
 * Finding rules in the prose of an imported document, proposed to the person and never applied
 * silently. Three kinds:
 * - `trigger`: an item of a list about leaving ("When to leave", "Dealbreakers", "What would make me
 *   quit"): a leave trigger, linked to that item's principle;
 * - `bind`: a sentence that states a belief one of Keel's own rules already checks ("no single one is
 *   enough", being unsatisfied, blame, hours, a light search, health not respected): that rule quotes
 *   the person's principle (with the numbers the text states) instead of a look-alike being added;
 * - `sign`: "If …, that's a sign I should look elsewhere" that no built-in rule covers: a trigger for
 *   the condition, plus a `repeat` rule that makes it count on its own.
 */

import type { RuleParams } from '../rules.js';
import { triggerSlug, uniqueSlug } from '../slug.js';
import type { ParsedDocument, ParsedPrinciple } from './markdown.js';

/** The built-in rules a sentence of the document can bind to, and what the sentence may set. */
export type BindableRule = 'triggers-cluster' | 'unsatisfied' | 'blame-culture' | 'health-not-respected' | 'overwork' | 'light-search-due';

export type Proposal =
  | { kind: 'trigger'; principle: number; text: string; slug: string }
  | { kind: 'sign'; principle: number; text: string; slug: string; rule: { name: string; params: RuleParams['repeat'] } }
  | {
      kind: 'bind';
      principle: number;
      rule: BindableRule;
      /** Parameters the text states (`{ hoursAtLeast: 45 }`); the rest stay as they are. */
      params: Record<string, number>;
      /** For `blame-culture`: the trigger it watches, from the person's words. */
      trigger: { text: string; slug: string } | null;
    };

/** A sign counts on its own: seen once it is WATCH, seen in two different weeks of eight it is LOOK. */
export const SIGN_RULE_PARAMS = { weeks: 8, watch: 1, look: 2 } as const;

// ---- what a heading or lead-in about leaving looks like ----------------------------------------

const LEAVE_VERB = '(?:leave|leaving|quit|quitting|resign|resigning|go|walk(?:ing)? (?:out|away)|move on|moving on)';
const LEAVE = new RegExp(
  [
    String.raw`\bmake[s]? me (?:want to |think about )?${LEAVE_VERB}`,
    String.raw`\b(?:when|time|reasons?|signs?|ready)(?: it'?s time)?(?: for me| for us)?(?: to| i'?d| i would| i will| i'?ll| i might| i should| i'?m)? ${LEAVE_VERB}\b`,
    String.raw`\bexit (?:criteria|conditions|signals|signs)\b`,
    String.raw`\bi'?d (?:leave|quit|resign)\b`,
    String.raw`\bi would (?:leave|quit|resign)\b`,
    String.raw`\bdeal[- ]?breakers?\b`,
    String.raw`\bred lines?\b`,
    String.raw`\bwalk(?:ing)? out (?:the|of the) door\b`,
    String.raw`\bhand(?:ing)? in (?:my |a |the )?notice\b`,
    String.raw`\bnon[- ]?negotiables?\b`,
    String.raw`\btriggering events?\b`,
    String.raw`\bleave triggers?\b`,
    String.raw`\btime to go\b`,
    String.raw`\blast straws?\b`,
  ].join('|'),
  'i',
);
/** Leaving something that is not the job (a meeting, a call, a room), or how to leave well (notice, handover) rather than when. */
const LEAVE_OTHER_THING =
  /\b(?:leave|leaving|quit|quitting|walk out of|walking out of)\s+(?:a|an|the|this|that|my)?\s*(?:meeting|call|room|conversation|thread|chat|party|channel|review|discussion|standup|stand-up|1:1|one-on-one)s?\b/i;

const HOW_TO_LEAVE = /\bhow (?:i'?d|i would|i will|i'?ll|to|we) (?:leave|quit|resign|hand in|move on)\b/i;
const LEAVE_OTHER = { test: (t: string): boolean => LEAVE_OTHER_THING.test(t) || HOW_TO_LEAVE.test(t) };

/** True when a heading or lead-in is about leaving the job. */
export const isAboutLeaving = (text: string): boolean => LEAVE.test(norm(text)) && !LEAVE_OTHER.test(norm(text));

// ---- sign sentences ------------------------------------------------------------------------------

/** What a consequence about leaving says: "look elsewhere", "time to move on", "my cue", "start looking". */
const ELSEWHERE =
  /\b(?:elsewhere|leave|leaving|move on|moving on|time to go|time for me to go|new job|another job|next job|new role|start looking|look around|looking around|my cue|quit|resign|update (?:my )?(?:cv|resume)|polish (?:my|up my) (?:cv|resume)|i'?m out|i am out|walk away|hand in|move jobs|switch jobs|change jobs|out the door|(?:should|will|would|must|need to|have to|'ll|'d|to) go|i'?m (?:gone|done))\b/i;
/** "that's a sign", "it's time", "I should start looking", "that's my cue" … */
/** How a consequence starts: "that's a sign", "it's time", "I should start looking", "that's my cue", "I'm out", "start looking". */
const CONSEQUENCE = new RegExp(
  [
    String.raw`^(?:and\s+)?(?:then\s+)?(?:that|this|it)\s*(?:'s|s|\s+is|\s+will be|\s+would be|'ll be)?\s+(?:(?:a|my|the|one|another|clear|strong|good|first|sure|big|real)\s+)*(?:\w+\s+)?(?:sign|signal|cue|hint|indicator|time|moment|when|it)\b`,
    String.raw`^(?:and\s+)?(?:then\s+)?i(?:'ll|'d|'m|'ve|\s+will|\s+would|\s+should|\s+shall|\s+am|\s+need to|\s+have to|\s+must|\s+know|\s+start|\s+begin|\s+leave|\s+quit|\s+go|\s+resign|\s+walk|\s+update|\s+polish|\s+hand)\b`,
    String.raw`^(?:and\s+)?(?:then\s+)?(?:it'?s|its|it is)?\s*time\s+(?:for me\s+)?to\b`,
    String.raw`^(?:and\s+)?(?:then\s+)?(?:start|begin|look|leave|quit|go|resign|move on|update|polish|hand in|walk)\b`,
  ].join('|'),
  'i',
);

/**
 * The conditions of every "If <condition>, <that's a sign to leave>" in a piece of prose, first
 * letter up, in order: "if" at the start (after "And"/"But"/"So"), or mid-sentence ("I'll know it's
 * time to move on if …"), and "when" in place of "if".
 */
export function findSigns(prose: string): string[] {
  const out: string[] = [];
  for (const sentence of sentences(norm(prose))) {
    const s = sentence.replace(/^(?:and|but|so|also|or|plus)[,\s]+/i, '').replace(/[.!]+$/, '');
    const front = /^(?:if|when|whenever|once)\s+(.+)$/i.exec(s);
    const split = front?.[1] ? splitFront(front[1]) : null;
    if (split) {
      out.push(condition(split));
      continue;
    }
    const back = /^(.+?)\s*,?\s+(?:if|when|whenever|once)\s+(.+)$/i.exec(s);
    if (back?.[1] && back[2] && isConsequence(back[1])) out.push(condition(back[2]));
  }
  return out.filter((c) => c.length >= 3 && c.length <= 300);
}

/** "<condition>, <consequence>" or "<condition> <consequence>": the condition, at the first place the rest is about leaving. */
function splitFront(rest: string): string | null {
  const commas = [...rest.matchAll(/,\s*/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const words = [...rest.matchAll(/\s+(?=(?:then|that|thats|that's|this|it|its|it's|i|i'll|i'd|i'm|i've|time)\b)/gi)].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  for (const [end, next] of [...commas, ...words]) {
    const cond = rest.slice(0, end).trim();
    const consequence = rest.slice(next).trim();
    if (cond.split(/\s+/).length >= 2 && isConsequence(consequence)) return cond;
  }
  return null;
}

/** The first sign's condition, or null. */
export const findSign = (prose: string): string | null => findSigns(prose)[0] ?? null;

const isConsequence = (text: string): boolean => ELSEWHERE.test(text) && CONSEQUENCE.test(text.trim());

function condition(text: string): string {
  const c = text
    .trim()
    .replace(/^(?:i\s+(?:ever\s+)?(?:notice|see|find|realise|realize)\s+(?:that\s+)?)/i, (m) => m)
    .replace(/[,;:.!]+$/, '')
    .trim();
  return c.charAt(0).toUpperCase() + c.slice(1);
}

// ---- the beliefs Keel's own rules check ------------------------------------------------------------

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

interface Binding {
  rule: BindableRule;
  params: Record<string, number>;
}

/** The built-in rule a sentence states, with the numbers it gives; null when it states none. */
export function bindingOf(prose: string): Binding | null {
  const t = norm(prose).toLowerCase();
  if (/\bblam(?:e|es|ed|ing)\b|\bscapegoat|\bfinger[- ]pointing\b|\bwitch[- ]?hunt/.test(t)) return { rule: 'blame-culture', params: {} };
  if (
    /\b(?:unsatisfied|dissatisfied|unhappy|not (?:happy|satisfied)|miserable|no longer (?:happy|satisfied|enjoy))\b/.test(t) &&
    /\b(?:job|work|role|position|company|here)\b/.test(t)
  ) {
    return { rule: 'unsatisfied', params: {} };
  }
  if (
    /\b(?:choices|boundaries|health|wellbeing|well-being|family time|mental health|time off|happiness)\b[^.]*\b(?:aren'?t|are not|isn'?t|is not|not being|stop being|no longer|don'?t get|doesn'?t get|never)\s+(?:\w+\s+)?respected\b/.test(
      t,
    ) ||
    /\b(?:doesn'?t|does not|don'?t|do not|won'?t|will not|stops?|no longer|fails? to)\s+respect(?:s|ing)?\s+(?:my|our|those|these|people'?s|the)?\s*(?:\w+\s+)?(?:choices|boundaries|health|wellbeing|well-being|family|time off|evenings|weekends)\b/.test(
      t,
    )
  ) {
    return { rule: 'health-not-respected', params: {} };
  }
  if (
    /\b(?:no|not any|not a|none of these|never a|not one)\s+(?:single\s+)?(?:one\s+)?(?:\w+\s+){0,2}(?:is|would be|will be|are)\s+(?:\w+\s+)?enough\b/.test(
      t,
    ) ||
    /\b(?:single|one)\s+(?:\w+\s+){0,2}(?:isn'?t|is not|won'?t be|will not be|wouldn'?t be|is never|doesn'?t|does not)\s+(?:\w+\s+)?(?:enough|make me|a reason|decide)/.test(
      t,
    ) ||
    /\b(?:several|multiple|two or more|three or more|two or three|a few|more than one|a couple|a combination|a cluster|(?:any )?(?:two|three|a few) of (?:these|them|those|the above)|any two|any three)\b[^.]*\b(?:same time|at once|together|same season|same quarter|same few months|around the same|in a row|close together|pile up|stack up)\b/.test(
      t,
    )
  ) {
    return { rule: 'triggers-cluster', params: {} };
  }
  if (
    /\blight (?:job )?search\b|\b(?:job search|interview(?:ing)? (?:elsewhere|around)|look(?:ing)? around|test the market|testing the market)\b[^.]*\b(?:years?|every)\b/.test(
      t,
    )
  ) {
    const m = /\b(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:or (?:so|more) )?years?\b/.exec(t);
    const years = m?.[1] ? (NUMBER_WORDS[m[1]] ?? Number(m[1])) : null;
    return { rule: 'light-search-due', params: years && years >= 0.5 && years <= 40 ? { years, searchWithinYears: years } : {} };
  }
  const hours = hoursOf(t);
  if (hours !== null) return { rule: 'overwork', params: { hoursAtLeast: hours } };
  return null;
}

/** "close to 40 hours" → 38, "more than 45 hours a week" / "a 45-hour week" → 45; null when no weekly hours are stated. */
function hoursOf(t: string): number | null {
  if (!/\bhours?\b/.test(t) || !/\b(?:week|weeks|weekly|a week)\b|-hour week/.test(t)) return null;
  const close = /\b(?:close to|near|nearly|approaching|around|about)\s+(\d{2,3})\s*(?:\+\s*)?(?:-\s*)?hours?\b/.exec(t);
  if (close?.[1]) return clampHours(Number(close[1]) - 2);
  const m = /\b(?:more than|over|above|beyond|past|under|below|less than|at most|up to)?\s*(\d{2,3})\s*(?:\+\s*)?(?:-\s*)?hours?\b/.exec(t);
  return m?.[1] ? clampHours(Number(m[1])) : null;
}

const clampHours = (n: number): number | null => (n >= 20 && n <= 120 ? n : null);

// ---- the whole document -----------------------------------------------------------------------

/**
 * The triggers and rules the document states, in document order; `principle` is the index of the
 * principle in document order (sections flattened).
 */
export function proposeRules(doc: ParsedDocument): Proposal[] {
  const out: Proposal[] = [];
  const slugs = new Set<string>();
  const bound = new Set<BindableRule>();
  const slugFor = (text: string) => {
    const slug = uniqueSlug(triggerSlug(text), slugs);
    slugs.add(slug);
    return slug;
  };
  /** Each trigger text once: its slug, proposed as a trigger of its own when `propose`. */
  const slugOfText = new Map<string, string>();
  const addTrigger = (principle: number, text: string, propose = true): string => {
    const key = text.toLowerCase();
    const known = slugOfText.get(key);
    if (known) return known;
    const slug = slugFor(text);
    slugOfText.set(key, slug);
    if (propose) out.push({ kind: 'trigger', principle, text, slug });
    return slug;
  };
  const bind = (principle: number, b: Binding, trigger: { text: string; slug: string } | null) => {
    if (bound.has(b.rule)) return;
    bound.add(b.rule);
    out.push({ kind: 'bind', principle, rule: b.rule, params: b.params, trigger });
  };
  let index = 0;
  // A document whose title is about leaving ("What would make me quit") is about leaving throughout.
  const titled = doc[0] !== undefined && doc[0].principles.length === 0 && isAboutLeaving(doc[0].title);
  for (const section of doc) {
    const leaveSection = titled || isAboutLeaving(section.title) || isAboutLeaving(section.note ?? '');
    // "Leaving a meeting early": its "time to go" is about the meeting.
    const otherLeaving = LEAVE_OTHER.test(norm(section.title)) || LEAVE_OTHER.test(norm(section.note ?? ''));
    for (const p of section.principles) {
      const prose = p.lead || p.text;
      // A lead-in right above the list ("And three things that keep me:") speaks for it alone.
      const leadIn = p.intro !== null && /:$/.test(p.intro.trim()) && p.intro !== section.note;
      // Items of a list, or one-sentence paragraphs where a page showed a list without markers.
      const listed = p.form === 'item' || (p.form === 'paragraph' && isOneSentence(p.lead));
      const inLeaveList = listed && (leadIn ? isAboutLeaving(p.intro ?? '') : leaveSection || isAboutLeaving(p.intro ?? ''));
      const signs = otherLeaving ? [] : findSigns(prose);
      const binding = bindingOf(prose);
      if (binding && binding.rule !== 'blame-culture' && (binding.rule !== 'overwork' || inLeaveList)) {
        // Checked by the check-in itself (satisfaction, "respected") or a rule of its own: never a trigger.
        bind(index, binding, null);
      } else if (binding?.rule === 'blame-culture') {
        // The blame trigger the rule watches: a leave item is a trigger anyway; a sign or a statement names one.
        const text = signs[0] ?? (inLeaveList ? triggerText(p) : blameTrigger(prose));
        bind(index, binding, { text, slug: addTrigger(index, text, inLeaveList && !signs.length) });
      } else if (signs.length) {
        for (const sign of signs) {
          if (slugOfText.has(sign.toLowerCase())) continue;
          const slug = addTrigger(index, sign, false);
          out.push({ kind: 'sign', principle: index, text: sign, slug, rule: { name: `sign-${slug}`, params: { ...SIGN_RULE_PARAMS, trigger: slug } } });
        }
      } else if (inLeaveList && p.lead !== '') {
        addTrigger(index, triggerText(p));
      } else if (binding) {
        bind(index, binding, null);
      } else if (isAboutLeaving(p.lead) && p.children.length) {
        for (const child of p.children) addTrigger(index, child.replace(/[.;,]$/, ''));
      }
      index++;
    }
  }
  return out;
}

const isOneSentence = (text: string): boolean => text !== '' && text.length <= 200 && sentences(norm(text)).length === 1;

/** A leave item's trigger: its first sentence, without the final stop. */
function triggerText(p: ParsedPrinciple): string {
  const first = sentences(p.lead)[0] ?? p.lead;
  return first.replace(/[.;,:!]+$/, '').trim();
}

/** "People assigning blame instead of fixing things is a sign on its own." → the part before "is a sign". */
function blameTrigger(prose: string): string {
  const first = sentences(norm(prose)).find((s) => /blam|scapegoat|finger|witch/i.test(s)) ?? prose;
  const cut = first.replace(/\s*(?:,|—|–|-)?\s*(?:is|are|would be|that'?s|that is)\s+(?:\w+\s+)?(?:sign|signal|reason|dealbreaker|red flag)\b.*$/i, '');
  const text = cut.replace(/[.;,:!]+$/, '').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const norm = (s: string): string => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const sentences = (prose: string): string[] => prose.split(/(?<=[.!?])\s+(?=["'“(]?[A-Z0-9])/).filter(Boolean);
