/**
 * Text copied from a web page, turned into the Markdown the document reader expects: `•` bullets
 * become list items, a short line without final punctuation that introduces content becomes a
 * heading, a `Source: …` line goes under the item above it, and a "Skip to content" line is dropped.
 * In such text every non-blank line is one block: a paragraph, a bullet or a heading.
 */

const BULLET = /^(\s*)([•◦▪‣●○■])\s+(.*)$/;
const SUB_BULLETS = new Set(['◦', '▪', '‣', '○', '■']);
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;
const SOURCE = /^source:\s*(.+)$/i;
const SKIP = /^skip to (?:main )?content$/i;

/** True for pasted page text: `•` bullets, or a page's "Skip to content" link at the top. */
export function looksLikePlainText(text: string): boolean {
  const lines = text.split('\n');
  const first = lines.find((l) => l.trim() !== '') ?? '';
  return SKIP.test(first.trim()) || lines.some((l) => BULLET.test(l));
}

type Kind = 'bullet' | 'numbered' | 'source' | 'text';

export function plainTextToMarkdown(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '' && !SKIP.test(l.trim()));
  const out: string[] = [];
  let previous: Kind | 'heading' | null = null;
  let inItem = false;
  const block = (...add: string[]) => {
    if (out.length) out.push('');
    out.push(...add);
  };
  for (const [i, line] of lines.entries()) {
    const kind = kindOf(line);
    const heading = isHeading(line, lines[i + 1]);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    const source = SOURCE.exec(line.trim());
    if (bullet) {
      const nested = (bullet[1] ?? '').length > 0 || SUB_BULLETS.has(bullet[2] ?? '');
      if (nested && inItem) out.push(`  - ${bullet[3]}`);
      else if (previous === 'bullet' || previous === 'numbered' || previous === 'source') out.push(`- ${bullet[3]}`);
      else block(`- ${bullet[3]}`);
      inItem = true;
    } else if (numbered) {
      // Numbered lines right under a bullet are its sub-steps; elsewhere they are a list of their own.
      if (inItem) out.push(`  ${numbered[1]}. ${numbered[2]}`);
      else if (previous === 'numbered') out.push(`${numbered[1]}. ${numbered[2]}`);
      else block(`${numbered[1]}. ${numbered[2]}`);
    } else if (source && previous !== null && previous !== 'heading') {
      out.push(`${inItem ? '  ' : ''}_Source: ${source[1]}_`);
    } else {
      block(heading ? `## ${line.trim()}` : line.trim());
      inItem = false;
    }
    previous = heading ? 'heading' : kind;
  }
  return `${out.join('\n')}\n`;
}

function kindOf(line: string): Kind {
  if (BULLET.test(line)) return 'bullet';
  if (NUMBERED.test(line)) return 'numbered';
  return SOURCE.test(line.trim()) ? 'source' : 'text';
}

const isHeadingLike = (line: string): boolean => {
  const t = line.trim();
  return kindOf(line) === 'text' && t.length <= 80 && t.split(/\s+/).length <= 12 && !/[.!?:;,]$/.test(t);
};

/** A short line without final punctuation, followed by content rather than by another such line. */
const isHeading = (line: string, next: string | undefined): boolean => isHeadingLike(line) && next !== undefined && !isHeadingLike(next);
