/** The page shell and small HTML pieces. Every value goes through Hono's `html` tag, which escapes text. */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { longDate } from '../core/iso-week.js';
import type { Verdict } from '../core/verdict.js';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const NAV: readonly [string, string][] = [
  ['/', 'Dashboard'],
  ['/checkin', 'Check in'],
  ['/doc', 'Document'],
  ['/triggers', 'Triggers'],
  ['/brag', 'Brag'],
  ['/jobs', 'Jobs'],
  ['/opportunities', 'Opportunities'],
  ['/direction', 'Direction'],
  ['/review', 'Review'],
  ['/rules', 'Rules'],
];

export interface PageOptions {
  title: string;
  /** The nav entry to mark as current. */
  path: string;
  /** The verdict strip at the top; null before setup. */
  verdict: Verdict | null;
  body: Html;
  /** The dashboard shows the full verdict card instead of the strip. */
  fullVerdict?: boolean;
}

/** The one sentence that matters most. */
export function headline(v: Verdict): string {
  return v.reasons[0]?.summary ?? 'Nothing in your own rules says to look elsewhere right now.';
}

export const verdictWord = (v: Verdict): Html => html`<strong class="word">${v.verdict.toUpperCase()}</strong>`;

function strip(v: Verdict): Html {
  return html`<p class="strip verdict-${v.verdict}">${verdictWord(v)} <span class="muted">as of ${longDate(v.asOf)}</span> · ${headline(v)}
  <a href="/">Why?</a></p>`;
}

const head = (title: string): Html => html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title} · Keel</title>
<link rel="stylesheet" href="/assets/keel.css">
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
</head>`;

export function layout(p: PageOptions): Html {
  return html`${head(p.title)}
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<nav aria-label="Main"><ul>
${NAV.map(([href, label]) => html`<li><a href="${href}"${href === p.path ? html` aria-current="page"` : ''}>${label}</a></li>`)}
</ul></nav>
${p.verdict && !p.fullVerdict ? strip(p.verdict) : ''}
</header>
<main id="main">
${p.body}
</main>
<footer><p>Your data stays on this machine. Keel is a notebook, not a diagnostic tool.</p></footer>
</body>
</html>`;
}

/** A page without navigation, for errors and onboarding. */
export function bare(title: string, body: Html): Html {
  return html`${head(title)}
<body>
<main id="main">
${body}
</main>
</body>
</html>`;
}

/** The hidden token every form carries. */
export const csrfField = (token: string): Html => html`<input type="hidden" name="_csrf" value="${token}">`;

/** `quality must be…` → `Quality must be….` */
export const sentence = (s: string): string => {
  const t = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

/** A message after a successful action (role=status, read out by screen readers). */
export const notice = (text: string | null | undefined): Html => (text ? html`<p class="notice" role="status">${text}</p>` : html``);

/** A form-level error (role=alert). */
export const formError = (text: string | null | undefined): Html => (text ? html`<p class="error" role="alert">${sentence(text)}</p>` : html``);
