/**
 * What surrounds a person's text when they paste it, and is not theirs: a page's header (site name,
 * menu, author, read time, claps), bylines and "last updated" lines, breadcrumbs, footers, dividers,
 * an email's greeting, quoted reply, closing and signature, hashtags. `dropChrome` removes it.
 */
/** Bullets of any marker people's tools write (`•`, `●`, `→` …), and those that need a TAB or spaces after them. */
export const PLAIN_BULLET = /^(\s*)([•●○◦▪▫‣■□◆◇➤►▶→⇒➔✓✔✅☐☑★☆❖⁃∙])\s*(\S.*)$/u;
export const SPACED_BULLET = /^(\s*)([·–—\-*+]|o(?=\t)|§(?=\t))(?:\t+|\s+)(\S.*)$/u;

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
      DATE_LINE.test(t) ||
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
