/**
 * Text pasted from wherever people keep their career page — a web page copied from the browser, Google
 * Docs, Notion, Confluence, a rendered README or Medium post, Apple Notes, Word, an email, a LinkedIn
 * post — turned into the Markdown the document reader expects, and Markdown tidied of what is not
 * the person's content (front matter, wikilinks, callout markers).
 *
 * Plain text is read line by line: bullets of any common marker (`•`, `●`/`○`, `‣`, `→`, TAB`–`TAB,
 * `·`TAB, `1.`TAB, `a.`, `1)`) become list items nested by indentation and marker; a short line that
 * introduces content (or an ALL CAPS line) becomes a heading; a `Source: …` line goes under the item
 * above it; a block of unmarked short lines is a list. Page chrome never becomes a principle: "Skip to
 * content", navigation, bylines and "last updated" lines, breadcrumbs, read times, dividers,
 * greetings, signatures and hashtags are dropped (./chrome.ts).
 * Over 300 lines on purpose: one line reader whose heading, list and wrap rules depend on each other;
 * test/paste-corpus.test.ts holds it to 23 real pages.
 */

import { dropChrome, PLAIN_BULLET, SPACED_BULLET } from './chrome.js';

// ---- shared by both readers --------------------------------------------------------------------

/** BOM, CRLF, no-break and zero-width spaces, line and paragraph separators. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\u00A0\u202F\u2007]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n');
}

const FRONT_MATTER = /^(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+|\.\.\.)(?:\n|$)/;

/** Markdown with what is not the person's content taken out: front matter, `[[wikilinks]]`, callout markers. */
export function tidyMarkdown(src: string): string {
  const lines = dropChrome(src.replace(FRONT_MATTER, '').split('\n'), { markdown: true });
  return lines
    .map((l) =>
      l
        .replace(/!?\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
        .replace(/!?\[\[([^\]]+)\]\]/g, (_, target: string) => target.replace(/#.*$/, ''))
        // A quote or a `> [!note]` callout of one's own is the person's text: its words, without the markers.
        .replace(/^(\s*)(?:>\s?)+\[![\w-]+\][+-]?\s*$/, '')
        .replace(/^(\s*)(?:>\s?)+\[![\w-]+\][+-]?\s+/, '$1')
        .replace(/^(\s*)(?:>\s?)+/, '$1'),
    )
    .map((l, i, all) => (isAllCaps(l) && isolated(all, i) ? `## ${l.trim()}` : l))
    .join('\n');
}

/**
 * True for text without Markdown's own structure: no `#` or underlined headings, front matter,
 * wikilinks or callouts. Such text is read line by line (its `-` bullets too): in an email or a
 * pasted page, a short line above a list is its heading, which Markdown would read as a paragraph.
 */
export function looksLikePlainText(text: string): boolean {
  const lines = text.split('\n');
  if (FRONT_MATTER.test(text)) return false;
  const mdHeading = lines.some((l) => /^#{1,6}\s+\S/.test(l));
  const setext = lines.some((l, i) => i > 0 && /^(?:=+|-{2,})\s*$/.test(l) && isParagraphLine(lines[i - 1] ?? ''));
  const wiki = /\[\[[^\]]+\]\]|^\s*>\s*\[!/m.test(text);
  return !(mdHeading || setext || wiki);
}

/** A line of text that an underline below it would make a heading (not a list item, not blank, not a signature). */
const isParagraphLine = (l: string): boolean => l.trim() !== '' && !/^\s*(?:[-*+]\s|\d+[.)]\s|>)/.test(l) && !/^--\s?$/.test(l);

// ---- plain text --------------------------------------------------------------------------------

/** Bullet markers people's tools write, with the ones that mean "one level down" in their tool. */
const SUB_MARKERS = new Set(['○', '◦', '▫', '□', '◇', 'o', '§', '⁃']);
const NUMBERED = /^(\s*)(\d{1,3}|[a-z]|[ivx]{1,5})([.)])(?:\t+|\s+)(\S.*)$/i;
const SOURCE = /^(?:source|via|from|credit)s?\s*:\s*(.+)$/i;

type Line =
  | { kind: 'blank' }
  | { kind: 'item'; indent: number; marker: string; ordinal: string | null; text: string }
  | { kind: 'source'; indent: number; text: string }
  | { kind: 'text'; indent: number; text: string };

const width = (ws: string): number => [...ws].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);

function classify(raw: string): Line {
  if (raw.trim() === '') return { kind: 'blank' };
  const lead = raw.length - raw.trimStart().length;
  const indent = width(raw.slice(0, lead));
  const t = raw.trim();
  const source = SOURCE.exec(t.replace(/^[_*(]+|[_*)]+$/g, ''));
  if (source?.[1]) return { kind: 'source', indent, text: source[1].trim() };
  const plain = PLAIN_BULLET.exec(raw);
  if (plain) return { kind: 'item', indent, marker: plain[2] as string, ordinal: null, text: (plain[3] as string).trim() };
  const spaced = SPACED_BULLET.exec(raw);
  if (spaced && !/^[-—–]\s*$/.test(t)) return { kind: 'item', indent, marker: spaced[2] as string, ordinal: null, text: (spaced[3] as string).trim() };
  const numbered = NUMBERED.exec(raw);
  if (numbered && isOrdinal(numbered[2] as string, raw)) {
    return {
      kind: 'item',
      indent,
      marker: /\d/.test(numbered[2] as string) ? '1.' : 'a.',
      ordinal: numbered[2] as string,
      text: (numbered[4] as string).trim(),
    };
  }
  return { kind: 'text', indent, text: t };
}

/** `1.`, `a)`, `iv.` as list numbers; a sentence that starts with "I." or "A." is not one. */
function isOrdinal(n: string, raw: string): boolean {
  if (/^\d+$/.test(n)) return true;
  if (/\t/.test(raw.slice(0, raw.indexOf(n) + n.length + 2))) return true;
  return /^[a-z]$/.test(n) || /^[ivx]{2,5}$/i.test(n);
}

const TERMINAL = /[.!?;:,…)"”’]$/;

/** A short line without final punctuation: the shape of a heading (or of a short list item). */
const headingShaped = (t: string, first = false): boolean =>
  t.length <= (first ? 90 : 70) && t.split(/\s+/).length <= (first ? 14 : 10) && !/[.!?;:,…]$/.test(t) && (first || !/^\p{Ll}/u.test(t)) && /\p{L}/u.test(t);

const isAllCaps = (line: string): boolean => {
  const t = line.trim();
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && t.length <= 60 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !/^#|^[-*+>]\s|^\d+[.)]/.test(t);
};

/** A line with blank lines (or the start or end) on both sides. */
function isolated(lines: string[], i: number): boolean {
  return (i === 0 || (lines[i - 1] ?? '').trim() === '') && (i === lines.length - 1 || (lines[i + 1] ?? '').trim() === '');
}

interface Item {
  text: string;
  ordered: boolean;
  source: string | null;
  children: Item[];
  /** The line's indent and marker, to place the lines after it. */
  indent: number;
  marker: string;
}
type Block = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string; source: string | null } | { kind: 'list'; items: Item[] };

/** Pasted text as Markdown: headings, paragraphs and nested lists, with each Source line under its item. */
export function plainTextToMarkdown(text: string): string {
  const lines = joinWrapped(dropChrome(text.split('\n'), { markdown: false }).map(classify));
  const blocks = toBlocks(lines);
  return `${blocks.map(renderBlock).join('\n\n')}\n`;
}

/**
 * A hard-wrapped line (an email or a text file at 72 columns) and the line that continues it are one
 * line: the next starts in lower case, or, in a text wrapped throughout, a long line stops mid-sentence.
 */
function joinWrapped(lines: Line[]): Line[] {
  const out: Line[] = [];
  const cut = (l: Line) => (l.kind === 'text' || l.kind === 'item' ? l.text.length >= 50 && !TERMINAL.test(l.text) && !headingShaped(l.text) : false);
  const wrapped = lines.filter(cut).length >= 2;
  for (const l of lines) {
    const prev = out.at(-1);
    const continues =
      l.kind === 'text' &&
      prev !== undefined &&
      (prev.kind === 'text' || prev.kind === 'item') &&
      (/^[\p{Ll}(]/u.test(l.text) || (wrapped && cut(prev))) &&
      !TERMINAL.test(prev.text.replace(/[)"”’]$/, '')) &&
      (prev.kind === 'item' ? l.indent > prev.indent : prev.text.length >= 40 && l.indent === prev.indent);
    if (continues && prev) prev.text = `${prev.text} ${l.text}`;
    else out.push(l);
  }
  return out;
}

interface OpenList {
  items: Item[];
  /** The chain of items the next nested line may belong to, outermost first. */
  stack: Item[];
}

function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let list: OpenList | null = null;
  // Blank lines between blocks (not only at the end): then a block of unmarked lines is a list.
  const first = lines.findIndex((l) => l.kind !== 'blank');
  const last = lines.findLastIndex((l) => l.kind !== 'blank');
  const hasBlankLines = lines.slice(first, last + 1).some((l) => l.kind === 'blank');
  const nextContent = (from: number): Line | undefined => lines.slice(from).find((l) => l.kind !== 'blank');
  const blankBefore = (i: number) => i === 0 || lines[i - 1]?.kind === 'blank';
  const blankAfter = (i: number) => i === lines.length - 1 || lines[i + 1]?.kind === 'blank';
  /** How many unmarked lines follow one another from `i`. */
  const runOf = (i: number): number => {
    let j = i;
    while (j < lines.length && lines[j]?.kind === 'text') j++;
    return j - i;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind === 'blank') continue;
    if (line.kind === 'source') {
      const target = list?.stack.at(-1);
      const last = blocks.at(-1);
      if (target && target.source === null) target.source = line.text;
      else if (last?.kind === 'paragraph' && last.source === null) last.source = line.text;
      else blocks.push({ kind: 'paragraph', text: `Source: ${line.text}`, source: null });
      continue;
    }
    if (line.kind === 'item') {
      list = placeItem(list, blocks, line);
      continue;
    }
    // An indented line right under an item belongs to it: a toggle's child, an item's explanation.
    const parent = list?.stack.at(-1);
    if (list && parent && line.indent > parent.indent && !blankBefore(i)) {
      const owner = [...list.stack].reverse().find((it) => it.indent < line.indent) ?? parent;
      owner.children.push({ text: line.text, ordered: false, source: null, children: [], indent: line.indent, marker: '' });
      continue;
    }
    list = null;
    const next = nextContent(i + 1);
    const introduces = next !== undefined && next.kind !== 'source';
    // Above the page's title: short lines of site chrome (the site's name, a menu).
    if (blocks.length === 0 && headingShaped(line.text) && shortLinesAhead(lines, i) >= 3) continue;
    // The page's title: its first line, short, right above a heading or its content.
    const first = blocks.length === 0;
    const title =
      first &&
      headingShaped(line.text, true) &&
      (next?.kind === 'item' || (next?.kind === 'text' && (!headingShaped(next.text) || nextIsHeading(lines, i + 1))));
    // A subtitle under it ("Notes to my future self on …") says what the title said: not a section of its own.
    if (blocks.length === 1 && blocks[0]?.kind === 'heading' && lines.slice(0, i).filter((l) => l.kind !== 'blank').length === 1) {
      if (headingShaped(line.text) && line.text.split(/\s+/).length >= 5 && next?.kind === 'text' && !headingShaped(next.text)) continue;
    }
    const heading =
      title ||
      (introduces &&
        (isAllCaps(line.text) ||
          (headingShaped(line.text) &&
            (next.kind === 'item' ||
              (next.kind === 'text' && !headingShaped(next.text)) ||
              (hasBlankLines && blankBefore(i) && blankAfter(i)) ||
              (hasBlankLines && blankBefore(i) && runOf(i + 1) >= 2 && headsRun(lines, i))))));
    if (heading) {
      blocks.push({ kind: 'heading', text: line.text.replace(/:$/, '') });
      continue;
    }
    // Unmarked lines between blank lines, more than one: a list as the page showed it (a README, a post).
    const n = runOf(i);
    if (hasBlankLines && n >= 2 && (blankBefore(i) || blocks.at(-1)?.kind === 'heading') && (i + n >= lines.length || lines[i + n]?.kind === 'blank')) {
      const items = lines
        .slice(i, i + n)
        .map((l): Item => ({ text: (l as { text: string }).text, ordered: false, source: null, children: [], indent: 0, marker: '-' }));
      blocks.push({ kind: 'list', items });
      list = { items, stack: [items.at(-1) as Item] };
      i += n - 1;
      continue;
    }
    blocks.push({ kind: 'paragraph', text: line.text, source: null });
  }
  return blocks;
}

/** How many short unmarked lines follow one another from `i` (blank lines between them allowed). */
function shortLinesAhead(lines: Line[], i: number): number {
  let n = 0;
  for (let j = i; j < lines.length; j++) {
    const l = lines[j] as Line;
    if (l.kind === 'blank') continue;
    if (l.kind !== 'text' || !headingShaped(l.text)) break;
    n++;
  }
  return n;
}

/** A short line that introduces content below it: an item, or a longer line. */
function nextIsHeading(lines: Line[], i: number): boolean {
  const next = lines.slice(i + 1).find((l) => l.kind !== 'blank');
  return next !== undefined && (next.kind === 'item' || (next.kind === 'text' && !headingShaped(next.text)));
}

/** The first of a run of short lines heads it when it is shorter than the lines under it (a heading over a list). */
function headsRun(lines: Line[], i: number): boolean {
  const head = lines[i] as { text: string };
  const next = lines[i + 1] as { text: string };
  return head.text.split(/\s+/).length <= 4 && head.text.length < next.text.length;
}

/** Puts an item in the open list, nested by indent or by a sub-level marker (`○` under `●`, `a.` under `1.`), or starts a list. */
function placeItem(open: OpenList | null, blocks: Block[], line: Line & { kind: 'item' }): OpenList {
  const item: Item = { text: line.text, ordered: line.ordinal !== null, source: null, children: [], indent: line.indent, marker: line.marker };
  if (!open) {
    const items = [item];
    blocks.push({ kind: 'list', items });
    return { items, stack: [item] };
  }
  const { stack } = open;
  while (stack.length) {
    const top = stack.at(-1) as Item;
    if (line.indent > top.indent || (line.indent === top.indent && isSubMarker(line.marker, top.marker))) {
      top.children.push(item);
      stack.push(item);
      return open;
    }
    if (line.indent === top.indent && !isSubMarker(top.marker, line.marker)) {
      stack.pop();
      const parent = stack.at(-1);
      (parent ? parent.children : open.items).push(item);
      stack.push(item);
      return open;
    }
    stack.pop();
  }
  open.items.push(item);
  stack.push(item);
  return open;
}

/** `○` under `●`, `a.` under `1.`: one level down at the same indent. */
const isSubMarker = (child: string, parent: string): boolean =>
  (SUB_MARKERS.has(child) && !SUB_MARKERS.has(parent)) ||
  (child === 'a.' && parent === '1.') ||
  (child === '■' && SUB_MARKERS.has(parent)) ||
  // Numbered lines right under a bullet are its steps.
  ((child === '1.' || child === 'a.') && parent !== '1.' && parent !== 'a.' && parent !== '');

function renderBlock(b: Block): string {
  if (b.kind === 'heading') return `## ${b.text}`;
  if (b.kind === 'paragraph') return b.source ? `${escapeLine(b.text)}\n_Source: ${b.source}_` : escapeLine(b.text);
  return renderItems(b.items, '');
}

function renderItems(items: Item[], indent: string): string {
  let n = 0;
  return items
    .map((it, k) => {
      n = it.ordered && items[k - 1]?.ordered ? n + 1 : 1;
      const marker = it.ordered ? `${n}. ` : '- ';
      const pad = `${indent}${' '.repeat(marker.length)}`;
      const lines = [`${indent}${marker}${escapeLine(it.text)}`];
      if (it.source) lines.push(`${pad}_Source: ${it.source}_`);
      if (it.children.length) lines.push(renderItems(it.children, pad));
      return lines.join('\n');
    })
    .join('\n');
}

/** Plain text that Markdown would read as structure at the start of a line is escaped. */
function escapeLine(t: string): string {
  return t.replace(/^([#>+\-*=|<])/, '\\$1').replace(/^(\d+)([.)])(\s)/, '$1\\$2$3');
}
