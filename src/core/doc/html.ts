/**
 * The living document as one published page: self-contained (inline CSS, nothing loaded from
 * elsewhere), with a table of contents, each principle's "since" date, the last-updated date and a
 * print stylesheet. Deterministic: the same document gives the same bytes.
 */
import MarkdownIt from 'markdown-it';
import type { Principle } from '../domain.js';
import { type IsoDate, shortDate } from '../iso-week.js';
import { formatSourceDate } from './source.js';

export interface Page {
  title: string;
  sections: { title: string; note?: string | null; principles: Principle[] }[];
  updatedOn: IsoDate | null;
}

const md = new MarkdownIt('commonmark', { html: false, xhtmlOut: false });
// An image would load from elsewhere: a published page shows its description instead.
md.renderer.rules.image = (tokens, i) => md.utils.escapeHtml(tokens[i]?.content ?? '');
const esc = (s: string): string => md.utils.escapeHtml(s);

const CSS = `:root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#fff;--rule:#d1d9e0;--accent:#0b5cad}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--rule:#3d444d;--accent:#58a6ff}}
body{margin:0 auto;max-width:42rem;padding:2rem 1.25rem 4rem;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:2rem;line-height:1.2;margin:0 0 .25rem}
h2{font-size:1.35rem;margin:2.5rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid var(--rule)}
nav h2{font-size:1rem;border:0;margin:1.5rem 0 .25rem}
nav ol{margin:0;padding-left:1.25rem}
a{color:var(--accent)}
.updated,.meta,footer{color:var(--muted);font-size:.875rem}
.note{color:var(--muted)}
.principles{list-style:none;margin:0;padding:0}
.principles>li{margin:0 0 1.5rem}
.principles>li>p{margin:0 0 .5rem}
.principles>li>.meta{margin:.25rem 0 0}
blockquote{margin:0 0 .5rem;padding-left:1rem;border-left:3px solid var(--rule)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
pre{overflow-x:auto}
footer{margin-top:3rem}
@media print{:root{color-scheme:light;--fg:#000;--muted:#333;--bg:#fff;--accent:#000}body{max-width:none;padding:0;font-size:11pt}nav{display:none}h2{break-after:avoid}.principles>li{break-inside:avoid}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em}}`;

export function renderHtml(page: Page): string {
  const toc = page.sections.map((s, i) => `<li><a href="#section-${i + 1}">${esc(s.title)}</a></li>`);
  const sections = page.sections.map((s, i) =>
    [
      `<section id="section-${i + 1}">`,
      `<h2>${esc(s.title)}</h2>`,
      ...(s.note ? [`<p class="note">${esc(s.note)}</p>`] : []),
      ...(s.principles.length ? ['<ul class="principles">', ...s.principles.map(principle), '</ul>'] : []),
      '</section>',
    ].join('\n'),
  );
  const updated = page.updatedOn ? `Last updated ${time(page.updatedOn)}` : 'Not written yet';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Keel">
<title>${esc(page.title)}</title>
<style>
${CSS}
</style>
</head>
<body>
<header>
<h1>${esc(page.title)}</h1>
<p class="updated">${updated}</p>
</header>
<nav aria-label="Contents">
<h2>Contents</h2>
<ol>
${toc.join('\n')}
</ol>
</nav>
<main>
${sections.join('\n')}
</main>
<footer>
<p>Published with Keel.</p>
</footer>
</body>
</html>
`;
}

function principle(p: Principle): string {
  const meta = [`Since ${time(p.sourceDate ? formatSourceDate(p.sourceDate) : p.createdAt.slice(0, 10))}`];
  if (p.source) meta.push(`Source: ${esc(p.source)}`);
  if (p.tags.length) meta.push(`Tags: ${esc(p.tags.join(', '))}`);
  return `<li id="principle-${p.id}">\n${md.render(p.text).trim()}\n<p class="meta">${meta.join(' · ')}</p>\n</li>`;
}

/** `2019`, `Mar 2019` or `3 Nov 2026`, in a <time> element. */
function time(date: string): string {
  return `<time datetime="${date}">${humanDate(date)}</time>`;
}

function humanDate(date: string): string {
  if (date.length === 4) return date;
  const [day, month] = shortDate(date.length === 7 ? `${date}-01` : date).split(' ');
  return date.length === 7 ? `${month} ${date.slice(0, 4)}` : `${Number(day)} ${month} ${date.slice(0, 4)}`;
}
