/**
 * The living document as Markdown. Reading walks markdown-it's block tokens (CommonMark) and slices
 * each principle's own source lines by the token's line map, so nested lists and formatting stay as
 * written. Writing renders every principle as a list item, in the form reading expects back:
 * `parseMarkdown(renderMarkdown(doc))` gives `doc` again.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import type { IsoDate } from '../iso-week.js';
import { looksLikePlainText, normalizeText, plainTextToMarkdown, tidyMarkdown } from './plain.js';
import { parseSource, sourceLine } from './source.js';

/** The section that holds whatever comes before the first heading. */
export const UNTITLED_SECTION = 'Principles';

export interface DocPrinciple {
  text: string;
  source: string | null;
  sourceDate: IsoDate | null;
  tags: string[];
}
export interface DocSection<P extends DocPrinciple = DocPrinciple> {
  title: string;
  /** The one-line lead-in under the heading ("Some general thoughts are captured below:"), not a principle. */
  note?: string | null;
  principles: P[];
}

/** A principle as read from a file, with what the rule finder needs to know about its place. */
export interface ParsedPrinciple extends DocPrinciple {
  form: 'item' | 'paragraph' | 'block';
  /** Plain text of its first paragraph, without the Source/Tags lines. */
  lead: string;
  /** Plain text of each nested list item. */
  children: string[];
  /** For a list item: plain text of the paragraph that introduced its list in this section. */
  intro: string | null;
}
export type ParsedDocument = (DocSection<ParsedPrinciple> & { note: string | null })[];

const md = new MarkdownIt('commonmark');

/** Reads Markdown, or text pasted from a web page (converted to Markdown first). */
export function parseDocument(text: string): ParsedDocument {
  const src = normalizeText(text);
  return parseMarkdown(looksLikePlainText(src) ? plainTextToMarkdown(src) : tidyMarkdown(src));
}

/** Headings become sections; top-level list items, paragraphs and other blocks become principles. */
export function parseMarkdown(src: string): ParsedDocument {
  const lines = src.split('\n');
  const tokens = md.parse(src, {});
  const sections: ParsedDocument = [];
  const current = (): ParsedDocument[number] => {
    if (sections.length === 0) sections.push({ title: UNTITLED_SECTION, note: null, principles: [] });
    return sections.at(-1) as ParsedDocument[number];
  };
  let intro: string | null = null;
  for (let i = 0; i < tokens.length; i = closeOf(tokens, i) + 1) {
    const t = tokens[i] as Token;
    if (t.type === 'heading_open') {
      // The heading's words as a person reads them: `Work *I* want` is "Work I want".
      const title = plain(tokens[i + 1]?.children ?? []);
      sections.push({ title: title || UNTITLED_SECTION, note: null, principles: [] });
      intro = null;
    } else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      for (const item of childrenOf(tokens, i)) current().principles.push({ ...itemPrinciple(tokens, item, lines), intro });
    } else if (t.type === 'paragraph_open' && isNote(tokens, i, current())) {
      current().note = (tokens[i + 1]?.content ?? '').trim();
      intro = plain(tokens[i + 1]?.children ?? []);
    } else if (t.type === 'paragraph_open') {
      const p = paragraphPrinciple(tokens, i, lines, current().principles.at(-1));
      if (p) current().principles.push(p);
      intro = p?.lead ?? intro;
    } else if (t.type !== 'hr') {
      const [start, end] = t.map ?? [0, 0];
      const lead = t.type === 'blockquote_open' ? quoteText(tokens, i) : '';
      current().principles.push({ ...NO_META, text: dedent(lines.slice(start, end)), form: 'block', lead, children: [], intro: null });
    }
  }
  return sections;
}

/** Writes sections as `## Title`, its note, and principles as list items, each followed by its Source and Tags lines. */
export function renderMarkdown(sections: DocSection[]): string {
  const blocks = sections.map((s) =>
    [`## ${s.title}`, ...(s.note ? [s.note] : []), ...(s.principles.length ? [s.principles.map(renderPrinciple).join('\n')] : [])].join('\n\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}

/** A section's note: one line ending in a colon, the first thing under its heading. */
export const isNoteText = (text: string): boolean => !text.includes('\n') && /(?::|👇|⬇️?|↓)$/u.test(text.trim()) && text.trim().length <= 300;

function isNote(tokens: Token[], at: number, section: ParsedDocument[number]): boolean {
  const [start, end] = tokens[at]?.map ?? [0, 0];
  return section.note === null && section.principles.length === 0 && end - start === 1 && isNoteText(tokens[at + 1]?.content ?? '');
}

/** True when a principle (and its section title) come back unchanged from their Markdown form. */
export function survivesMarkdown(title: string, p: DocPrinciple | null): boolean {
  const back = parseMarkdown(renderMarkdown([{ title, note: null, principles: p ? [p] : [] }]));
  const got = back[0]?.principles[0];
  if (back.length !== 1 || back[0]?.title !== title || back[0].principles.length !== (p ? 1 : 0)) return false;
  return !p || (got !== undefined && samePrinciple(got, p));
}

export const samePrinciple = (a: DocPrinciple, b: DocPrinciple): boolean =>
  a.text === b.text && a.source === b.source && a.sourceDate === b.sourceDate && a.tags.join('\n') === b.tags.join('\n');

// ---- reading -----------------------------------------------------------------------------------

const NO_META = { source: null, sourceDate: null, tags: [] as string[] };
type Meta = Pick<DocPrinciple, 'source' | 'sourceDate' | 'tags'>;

/** The index of the token that closes the block opened at `i` (itself for a leaf block). */
function closeOf(tokens: Token[], i: number): number {
  const open = tokens[i] as Token;
  if (open.nesting !== 1) return i;
  let j = i + 1;
  while (j < tokens.length && !(tokens[j]?.level === open.level && tokens[j]?.nesting === -1)) j++;
  return j;
}

/** The indexes of the blocks directly inside the block opened at `i`. */
function childrenOf(tokens: Token[], i: number): number[] {
  const level = (tokens[i] as Token).level + 1;
  const out: number[] = [];
  for (let j = i + 1; j < closeOf(tokens, i); j = closeOf(tokens, j) + 1) if (tokens[j]?.level === level) out.push(j);
  return out;
}

function itemPrinciple(tokens: Token[], at: number, lines: string[]): Omit<ParsedPrinciple, 'intro'> {
  const item = tokens[at] as Token;
  const [start, end] = item.map ?? [0, 0];
  const skip = new Set<number>();
  let meta: Meta = NO_META;
  let lead: string | null = null;
  const children: string[] = [];
  for (const c of childrenOf(tokens, at)) {
    const t = tokens[c] as Token;
    if (t.type === 'paragraph_open') {
      const found = trailingMeta(tokens[c + 1] as Token);
      const [, pEnd] = t.map ?? [0, 0];
      for (let l = pEnd - found.lines; l < pEnd; l++) skip.add(l);
      meta = mergeMeta(meta, found.meta);
      lead ??= found.lead || null;
    } else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      for (const sub of childrenOf(tokens, c)) if (tokens[sub + 1]?.type === 'paragraph_open') children.push(plain(tokens[sub + 2]?.children ?? []));
    }
  }
  // The first line carries the list marker: blank it, then remove the item's content indent.
  const first = lines[start] ?? '';
  const markerEnd = first.length - first.trimStart().length + item.info.length + item.markup.length;
  const after = first.slice(markerEnd);
  const spaces = after.length - after.trimStart().length;
  const indent = markerEnd + (after.trim() === '' || spaces > 4 ? 1 : spaces);
  const slice = (omit: Set<number>) => {
    const out: string[] = [];
    for (let l = start; l < end; l++) {
      if (omit.has(l)) continue;
      const line = l === start ? ' '.repeat(markerEnd) + after : (lines[l] ?? '');
      out.push(line.slice(Math.min(indent, line.length - line.trimStart().length)));
    }
    return out.join('\n').trim();
  };
  const text = slice(skip);
  // An item that is only a Source line keeps it as its text rather than vanish.
  if (text === '') return { ...NO_META, text: slice(new Set()), form: 'item', lead: lead ?? '', children };
  return { ...meta, text, form: 'item', lead: lead ?? '', children };
}

/** A paragraph is a principle, or, when it is only Source/Tags lines, the meta of the principle before it. */
function paragraphPrinciple(tokens: Token[], at: number, lines: string[], previous: ParsedPrinciple | undefined): ParsedPrinciple | null {
  const [start, end] = tokens[at]?.map ?? [0, 0];
  const found = trailingMeta(tokens[at + 1] as Token);
  const all = lines.slice(start, end);
  if (found.lines === end - start && previous && previous.source === null && previous.sourceDate === null && previous.tags.length === 0) {
    Object.assign(previous, found.meta); // a Source line set apart by a blank line still belongs to the principle above
    return null;
  }
  if (found.lines === end - start) return { ...NO_META, text: dedent(all), form: 'paragraph', lead: found.lead, children: [], intro: null };
  return { ...found.meta, text: dedent(all.slice(0, all.length - found.lines)), form: 'paragraph', lead: found.lead, children: [], intro: null };
}

/**
 * The trailing lines of a paragraph that are wholly `_Source: …_` or `_Tags: …_`, found from the
 * inline tokens (one emphasis spanning the line); their values come from the raw line.
 */
function trailingMeta(inline: Token): { meta: Meta; lines: number; lead: string } {
  const groups: Token[][] = [[]];
  for (const c of inline.children ?? []) {
    if (c.type === 'softbreak' || c.type === 'hardbreak') groups.push([]);
    else groups.at(-1)?.push(c);
  }
  const raw = inline.content.split('\n');
  const found: { source?: string; tags?: string } = {};
  let n = 0;
  while (n < groups.length) {
    const kv = metaLine(groups[groups.length - 1 - n] as Token[], raw[raw.length - 1 - n] ?? '');
    if (!kv || found[kv.key] !== undefined) break;
    found[kv.key] = kv.value;
    n++;
  }
  const meta: Meta = {
    ...(found.source !== undefined ? parseSource(found.source) : { source: null, sourceDate: null }),
    tags:
      found.tags === undefined
        ? []
        : found.tags
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean),
  };
  const lead = groups
    .slice(0, groups.length - n)
    .map(plain)
    .filter(Boolean)
    .join(' ');
  return { meta, lines: n, lead };
}

function metaLine(group: Token[], raw: string): { key: 'source' | 'tags'; value: string } | null {
  const first = group[0];
  const last = group.at(-1);
  if (group.length < 3 || first?.type !== 'em_open' || last?.type !== 'em_close') return null;
  let depth = 0;
  for (const [k, c] of group.entries()) {
    if (c.type === 'em_open') depth++;
    if (c.type === 'em_close' && --depth === 0 && k !== group.length - 1) return null;
  }
  const inner = raw.trim().slice(first.markup.length, -last.markup.length);
  const colon = inner.indexOf(':');
  const key = inner.slice(0, colon).trim().toLowerCase();
  if (colon < 0 || (key !== 'source' && key !== 'tags')) return null;
  return { key, value: inner.slice(colon + 1).trim() };
}

const mergeMeta = (a: Meta, b: Meta): Meta => ({
  source: a.source ?? b.source,
  sourceDate: a.sourceDate ?? b.sourceDate,
  tags: a.tags.length ? a.tags : b.tags,
});

/** The words of a blockquote (or a `> [!note]` callout, without its marker), as one line. */
function quoteText(tokens: Token[], at: number): string {
  const parts: string[] = [];
  for (let j = at + 1; j < closeOf(tokens, at); j++) if (tokens[j]?.type === 'inline') parts.push(plain(tokens[j]?.children ?? []));
  return parts
    .join(' ')
    .replace(/^\[![\w-]+\][+-]?\s*/, '')
    .trim();
}

/** The text a person reads: words and code, line breaks as spaces, no markup. */
function plain(children: Token[]): string {
  const text = children
    .map((c) => {
      if (c.type === 'text' || c.type === 'code_inline') return c.content;
      if (c.type === 'softbreak' || c.type === 'hardbreak') return ' ';
      return c.type === 'image' ? plain(c.children ?? []) : '';
    })
    .join('');
  return text.replace(/\s+/g, ' ').trim();
}

function dedent(block: string[]): string {
  const indents = block.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
  const by = indents.length ? Math.min(...indents) : 0;
  return block
    .map((l) => l.slice(Math.min(by, l.length - l.trimStart().length)))
    .join('\n')
    .trim();
}

// ---- writing -----------------------------------------------------------------------------------

function renderPrinciple(p: DocPrinciple): string {
  const meta: string[] = [];
  const source = sourceLine(p);
  if (source) meta.push(`_Source: ${source}_`);
  if (p.tags.length) meta.push(`_Tags: ${p.tags.join(', ')}_`);
  // Under a one-paragraph text the Source line continues the paragraph (as people write it); after
  // anything else (a nested list, a second paragraph) it needs a blank line to stay the item's own.
  const joint = isOneParagraph(p.text) ? '\n' : '\n\n';
  const body = meta.length ? `${p.text}${joint}${meta.join('\n')}` : p.text;
  return body
    .split('\n')
    .map((line, i) => (i === 0 ? `- ${line}` : line === '' ? '' : `  ${line}`))
    .join('\n');
}

function isOneParagraph(text: string): boolean {
  const tokens = md.parse(text, {});
  return tokens.length === 3 && tokens[0]?.type === 'paragraph_open';
}
