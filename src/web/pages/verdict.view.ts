/** The verdict card: the word and its colour, the date, the sentence that matters, then every reason with its evidence and principle. */
import { html } from 'hono/html';
import { SELF_CHECK_DISCLAIMER } from '../../core/instruments.js';
import { longDate, shortDate } from '../../core/iso-week.js';
import { NUDGE_TITLE, type NudgeKind } from '../../core/rules.js';
import type { Verdict } from '../../core/verdict.js';
import { type Html, headline, verdictWord } from '../html.js';

/** Where on the web each kind of nudge is acted on. */
const NUDGE_LINK: Partial<Record<NudgeKind, readonly [string, string]>> = {
  'light-search': ['/opportunities', 'Start a light search'],
  'log-a-win': ['/brag', 'Add a win'],
  review: ['/doc', 'Review your principles'],
};

function nudge(n: Verdict['nudges'][number]): Html {
  const link = NUDGE_LINK[n.kind];
  return html`<li><strong>${NUDGE_TITLE[n.kind]}:</strong> ${n.message}${link ? html` <a href="${link[0]}">${link[1]}</a>` : ''}</li>`;
}

export function verdictCard(v: Verdict): Html {
  const several = v.reasons.length > 1;
  return html`<section class="card verdict-${v.verdict}" aria-labelledby="verdict-heading">
<h1 id="verdict-heading">${verdictWord(v)} <span class="muted">as of ${longDate(v.asOf)}</span></h1>
<p class="lead">${headline(v)}</p>
${v.reasons.map(
  (r) => html`<div class="reason">
${several ? html`<h2>${r.summary} <span class="muted">(${r.level.toUpperCase()})</span></h2>` : ''}
<blockquote>“${r.principle}”</blockquote>
${
  r.evidence.length
    ? html`<ul class="evidence">${r.evidence.map((e) => html`<li><time datetime="${e.date}">${shortDate(e.date)}</time> ${e.what}</li>`)}</ul>`
    : ''
}
</div>`,
)}
${v.whatWouldChange.length ? html`<h2>What would change it</h2><ul>${v.whatWouldChange.map((w) => html`<li>${w}</li>`)}</ul>` : ''}
</section>
${
  v.nudges.length
    ? html`<h2>Nudges</h2><ul>${v.nudges.map(nudge)}</ul>
${v.nudges.some((n) => n.rule === 'low-wellbeing' || n.rule === 'burnout') ? html`<p class="hint">${SELF_CHECK_DISCLAIMER}</p>` : ''}`
    : ''
}
${
  v.notEnoughDataDetails.length
    ? html`<details><summary>Not enough data yet for ${v.notEnoughData.length === 1 ? 'one rule' : `${v.notEnoughData.length} rules`}</summary>
<p class="hint">A rule never guesses: it waits until there is enough to judge.</p>
<ul>${v.notEnoughDataDetails.map((d) => html`<li>${d.rule}: ${d.need}</li>`)}</ul></details>`
    : ''
}`;
}
