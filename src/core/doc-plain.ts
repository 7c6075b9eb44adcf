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
 * greetings, signatures and hashtags are dropped.
 */

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

// ---- chrome ------------------------------------------------------------------------------------

const SKIP = /^(?:skip to (?:main )?content|skip navigation|jump to (?:content|navigation)|skip to main)$/i;
const NAV_WORDS = new Set([
  ...'home about blog writing posts articles projects contact menu search archive archives notes now uses rss subscribe newsletter talks resume cv share listen follow following more write register login readme readme.md'.split(
    ' ',
  ),
  ...[
    'sign in',
    'sign up',
    'log in',
    'log out',
    'toggle navigation',
    'open menu',
    'close menu',
    'open in app',
    'get started',
    'table of contents',
    'contents',
    'on this page',
    'back to top',
    'edit this page',
    'view source',
    'raw',
    'copy',
    'download',
  ],
]);
const NAV_LINE = (l: string) =>
  NAV_WORDS.has(l.trim().toLowerCase().replace(/[|·•]/g, ' ').replace(/\s+/g, ' ')) ||
  /^(?:[A-Z][\w'’]*(?: [A-Z][\w'’]*)?\s*[|·•]\s*){2,}[A-Z][\w'’]*$/.test(l.trim());
const READ_TIME = /^(?:[^.!?]{0,40}[·|•]\s*)?\d+\s*min(?:ute)?s?\s+read(?:\s*[·|•].{0,40})?$/i;
const DATE_WORDS = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{4}|yesterday|today|\d+\s+(?:days?|weeks?|months?|hours?)\s+ago`;
const BYLINE = new RegExp(
  [
    String.raw`^(?:created|written|posted|published|authored|edited|updated|maintained|owned)\s+by\b`,
    String.raw`(?:^|[·|,]\s*)(?:last\s+)?(?:edited|updated|modified|changed)(?:\s+(?:on|at))?\s*:?\s*(?:${DATE_WORDS})`,
    String.raw`\blast (?:edited|updated|modified)\b`,
    String.raw`^(?:author|owner|maintainer|date|published|updated|status|version|last reviewed)\s*:\s*\S`,
    String.raw`^(?:published in|posted in|filed under)\s+\S`,
    `^(?:${DATE_WORDS})$`,
    String.raw`^(?:\d+(?:\.\d+)?k?\s+)?(?:claps?|likes?|comments?|reactions?|reposts?|shares?|views?)$`,
    String.raw`^(?:like|comment|repost|send|share)(?:\s*[·|]\s*(?:like|comment|repost|send|share))+$`,
    String.raw`^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|^(?:powered by|built with|made with)\s\S+$|^(?:privacy(?: policy)?|terms(?: of (?:use|service))?|cookie (?:policy|settings))(?:\s*[·|]\s*\w+)*$`,
    String.raw`^(?:see more|…\s*more|\.\.\.\s*more|show more|read more|be the first to like this|no labels|page restrictions apply|like be the first to like this)$`,
  ].join('|'),
  'i',
);
/** Bylines that name someone, read with case: "By Priya Raman", "Priya Raman · Mar 3, 2026". */
const BYLINE_NAMED = new RegExp(
  [
    String.raw`^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*[·|,–—-].{0,60})?$`,
    String.raw`^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*[·|•]\s*(?:${DATE_WORDS}|\d+\s*min read|[Ff]ollow|[Ll]ast edited|[Ll]ast updated)`,
  ].join('|'),
  'u',
);
const BREADCRUMB = /^(?:[\w'’&.-]+(?:\s[\w'’&.-]+){0,4}\s*(?:\/|›|»|>|→|\\)\s*){2,}[\w'’&.-]+(?:\s[\w'’&.-]+){0,5}$/;
const DIVIDER = /^\s*(?:(?:[-—–_*=~•·#]\s*){3,}|[—–]|\*\s\*\s\*)\s*$/;
const HASHTAGS = /^\s*(?:#[\p{L}\p{N}_]+[\s,]*)+$/u;
const GREETING = /^(?:hi|hello|hey|dear|hiya|greetings|good (?:morning|afternoon|evening)|morning|howdy)\b[^.!?\n]{0,40}[,!:]?$/i;
const CLOSING =
  /^(?:thanks|thank you|cheers|best|best regards|kind regards|regards|warmly|all the best|talk soon|speak soon|take care|yours|sincerely|thx|ta)\b[^.!?]{0,20}[,!.]?$/i;
const WROTE = /^on .{4,120}\bwrote:$|^-{2,}\s*(?:original message|forwarded message)\s*-{2,}$|^(?:from|sent|to|cc|subject|date):\s/i;
const SIGNATURE = /^--\s?$/;
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\s)+$/u;

/**
 * The lines without chrome. In Markdown only what can never be content goes (signatures, bylines,
 * breadcrumbs, read times, hashtags, "Skip to content"); in plain text also navigation at the top,
 * greetings, closings, quoted replies and dividers.
 */
export function dropChrome(lines: string[], opts: { markdown: boolean }): string[] {
  let end = lines.findIndex((l) => SIGNATURE.test(l) || /^sent from my \w+/i.test(l.trim()));
  if (end < 0) end = lines.length;
  const kept: string[] = [];
  let seenContent = false;
  let inReply = false;
  for (let i = 0; i < end; i++) {
    const raw = lines[i] as string;
    const t = raw.trim();
    if (t === '') {
      kept.push('');
      continue;
    }
    if (WROTE.test(t)) inReply = true;
    if (inReply && (/^>/.test(t) || WROTE.test(t))) continue;
    inReply = false;
    const chrome =
      SKIP.test(t) ||
      READ_TIME.test(t) ||
      BYLINE.test(t) ||
      BYLINE_NAMED.test(t) ||
      (BREADCRUMB.test(t) && !/[.!?]$/.test(t)) ||
      (HASHTAGS.test(t) && (!opts.markdown || !/^#{1,6}\s/.test(t))) ||
      EMOJI_ONLY.test(t) ||
      (!seenContent && GREETING.test(t)) ||
      (!opts.markdown && (DIVIDER.test(t) || (!seenContent && NAV_LINE(t)) || t === '·' || t === '|'));
    if (chrome || isAuthorLine(lines, i, end) || (!seenContent && !opts.markdown && (/^[\d.,]+[kKmM]?$/.test(t) || isSiteName(lines, i, end)))) continue;
    // "Thanks," and the name under it end the letter.
    if (CLOSING.test(t) && closesLetter(lines, i, end)) break;
    if (/^>/.test(t) && isReplyQuote(lines, i)) continue;
    // The page's top (site name, navigation, author) ends at the first line of real content.
    seenContent ||= isRealContent(t);
    // Outside Markdown a quote of one's own is just text.
    kept.push(opts.markdown ? raw : raw.replace(/^(\s*)(?:>\s?)+/, '$1'));
  }
  return kept;
}

const DATE_LINE = new RegExp(`^(?:${DATE_WORDS})$`, 'i');

/** The site's name above its menu. */
function isSiteName(lines: string[], i: number, end: number): boolean {
  const next = lines.slice(i + 1, end).find((l) => l.trim() !== '');
  return next !== undefined && NAV_LINE(next) && !NAV_LINE(lines[i] ?? '') && (lines[i] ?? '').trim().split(/\s+/).length <= 5;
}

/** The author's name above a "Follow" button (Medium, Substack, LinkedIn). */
function isAuthorLine(lines: string[], i: number, end: number): boolean {
  const next = lines.slice(i + 1, end).find((l) => l.trim() !== '');
  const byline = next !== undefined && (/^[·•]?\s*(?:follow|following|\+ follow|subscribe)$/i.test(next.trim()) || DATE_LINE.test(next.trim()));
  return byline && /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u.test((lines[i] ?? '').trim());
}

/** A bullet, a sentence, or a line of six words or more: past the page's header. */
const isRealContent = (t: string): boolean =>
  PLAIN_BULLET.test(t) || SPACED_BULLET.test(t) || (/[.!?:]$/.test(t) && t.split(/\s+/).length >= 4) || t.split(/\s+/).length >= 12;

/** "Thanks," followed only by a name or two before the end (or the signature). */
function closesLetter(lines: string[], i: number, end: number): boolean {
  const rest = lines.slice(i + 1, end).filter((l) => l.trim() !== '');
  return rest.length <= 2 && rest.every((l) => /^[\p{Lu}][\p{L}.'’ -]{0,40}$/u.test(l.trim()));
}

/** A `>` line in a letter: the other person's words (they come after an "… wrote:" or before a greeting's reply). */
function isReplyQuote(lines: string[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = (lines[j] ?? '').trim();
    if (t === '' || t.startsWith('>')) continue;
    return WROTE.test(t) || GREETING.test(t);
  }
  return false;
}

// ---- plain text --------------------------------------------------------------------------------

/** Bullet markers people's tools write, with the ones that mean "one level down" in their tool. */
const SUB_MARKERS = new Set(['○', '◦', '▫', '□', '◇', 'o', '§', '⁃']);
const PLAIN_BULLET = /^(\s*)([•●○◦▪▫‣■□◆◇➤►▶→⇒➔✓✔✅☐☑★☆❖⁃∙])\s*(\S.*)$/u;
/** A marker that needs a TAB or spaces after it to be one: `·`TAB, TAB`–`TAB, `-`, `*`, `o`TAB. */
const SPACED_BULLET = /^(\s*)([·–—\-*+]|o(?=\t)|§(?=\t))(?:\t+|\s+)(\S.*)$/u;
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
