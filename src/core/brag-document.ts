/**
 * The brag document for a performance review: wins grouped by quarter (oldest first), then by kind.
 * The kinds map to the sections of Julia Evans' brag document template:
 *   delivered      → Projects
 *   enabled-others → Collaboration and mentorship
 *   learned        → Learning, design and documentation
 *   recognized     → Recognition and work outside the job description
 */
import type { Accomplishment, AccomplishmentKind } from './domain.js';
import type { IsoDate } from './iso-week.js';
import { quarterOf, quarterTitle } from './quarter.js';

export const BRAG_SECTIONS: { kind: AccomplishmentKind; title: string }[] = [
  { kind: 'delivered', title: 'Projects' },
  { kind: 'enabled-others', title: 'Collaboration and mentorship' },
  { kind: 'learned', title: 'Learning, design and documentation' },
  { kind: 'recognized', title: 'Recognition and work outside the job description' },
];

export type BragFormat = 'md' | 'html';

interface Group {
  title: string;
  sections: { title: string; wins: Accomplishment[] }[];
}

function groups(wins: Accomplishment[]): Group[] {
  const sorted = [...wins].sort((a, b) => a.achievedOn.localeCompare(b.achievedOn) || a.id - b.id);
  const quarters = [...new Set(sorted.map((w) => quarterOf(w.achievedOn)))];
  return quarters.map((q) => ({
    title: quarterTitle(q),
    sections: BRAG_SECTIONS.map((s) => ({ title: s.title, wins: sorted.filter((w) => w.kind === s.kind && quarterOf(w.achievedOn) === q) })).filter(
      (s) => s.wins.length > 0,
    ),
  }));
}

/** `From 2026-01-01 to 2026-11-29 · 3 wins · people supported: Ana, Sam` */
function summary(wins: Accomplishment[], since: IsoDate | null, until: IsoDate): string {
  const people = [...new Set(wins.flatMap((w) => w.people))].sort((a, b) => a.localeCompare(b));
  const span = since ? `From ${since} to ${until}` : `Up to ${until}`;
  return `${span} · ${wins.length} ${wins.length === 1 ? 'win' : 'wins'}${people.length ? ` · people supported: ${people.join(', ')}` : ''}`;
}

export function bragDocument(wins: Accomplishment[], opts: { since: IsoDate | null; until: IsoDate; format: BragFormat }): string {
  const head = summary(wins, opts.since, opts.until);
  const body = groups(wins);
  return opts.format === 'md' ? markdown(head, body) : html(head, body);
}

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

function markdown(head: string, body: Group[]): string {
  const lines = ['# Brag document', '', head, ''];
  if (body.length === 0) lines.push('No wins logged in this period.', '');
  for (const q of body) {
    lines.push(`## ${q.title}`, '');
    for (const s of q.sections) {
      lines.push(`### ${s.title}`, '');
      for (const w of s.wins) {
        const impact = w.impact ? ` Impact: ${sentence(w.impact)}` : '';
        const people = w.people.length ? ` With: ${w.people.join(', ')}.` : '';
        lines.push(`- ${w.achievedOn}: ${sentence(w.text)}${impact}${people}`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function html(head: string, body: Group[]): string {
  const parts = [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Brag document</title>',
    '<style>body{font-family:system-ui,sans-serif;max-width:70ch;margin:2rem auto;padding:0 1rem;line-height:1.5}.meta{color:#555}</style></head>',
    '<body>',
    '<h1>Brag document</h1>',
    `<p class="meta">${esc(head)}</p>`,
  ];
  if (body.length === 0) parts.push('<p>No wins logged in this period.</p>');
  for (const q of body) {
    parts.push(`<h2>${esc(q.title)}</h2>`);
    for (const s of q.sections) {
      parts.push(`<h3>${esc(s.title)}</h3>`, '<ul>');
      for (const w of s.wins) {
        const impact = w.impact ? ` <em>Impact:</em> ${esc(w.impact)}` : '';
        const people = w.people.length ? ` <em>With:</em> ${esc(w.people.join(', '))}` : '';
        parts.push(`<li><time datetime="${w.achievedOn}">${w.achievedOn}</time>: ${esc(w.text)}${impact}${people}</li>`);
      }
      parts.push('</ul>');
    }
  }
  parts.push('</body>', '</html>', '');
  return parts.join('\n');
}
