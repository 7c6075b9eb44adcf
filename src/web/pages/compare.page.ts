/** Opportunities side by side against your own triggers and principles, with your current job as the baseline column. */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { compareOpportunities } from '../../app/compare.service.js';
import { listOpportunities } from '../../app/opportunities.queries.js';
import { longDate } from '../../core/iso-week.js';
import type { Cell, Column, Comparison } from '../../core/opportunities/compare.js';
import { CLOSED_STAGES, formatPay, type Opportunity } from '../../core/opportunities/domain.js';
import { checkboxes } from '../fields.js';
import type { Html } from '../html.js';
import { page, type WebDeps } from '../page.js';
import { STAGE_LABEL, severityTag } from './opportunity.shared.js';

const dash = html`<span class="muted">—</span>`;

function chooser(all: Opportunity[], chosen: number[]): Html {
  const ordered = [...all.filter((o) => !CLOSED_STAGES.includes(o.stage)), ...all.filter((o) => CLOSED_STAGES.includes(o.stage))];
  return html`<form method="get" action="/compare">
${checkboxes({
  name: 'o',
  legend: 'Compare',
  options: ordered.map((o) => [String(o.id), `${o.company}: ${o.role} (${STAGE_LABEL[o.stage].toLowerCase()})`] as const),
  checked: chosen.map(String),
  className: 'triggers',
})}
<button type="submit" class="quiet">Compare</button>
</form>`;
}

function heading(col: Column): Html {
  return col.kind === 'current'
    ? html`<th scope="col">Your job now<br><span class="hint">${col.company}${col.role ? `, ${col.role}` : ''}</span></th>`
    : html`<th scope="col"><a href="/opportunities/${col.id}">${col.company}</a><br><span class="hint">${col.role}</span></th>`;
}

function flagCell(cell: Cell, current: boolean): Html {
  if (cell.count === 0) return html`<td>${dash}</td>`;
  return html`<td><strong>${cell.count}</strong> ${current ? (cell.count === 1 ? 'time' : 'times') : cell.count === 1 ? 'flag' : 'flags'}, worst ${severityTag(cell.maxSeverity ?? 1)}
<details><summary>What<span class="visually-hidden"> was noted</span></summary><ul class="plain">${cell.items.map(
    (i) => html`<li><time datetime="${i.on}">${i.on}</time>: ${i.text}</li>`,
  )}</ul></details></td>`;
}

function summary(cmp: Comparison): Html {
  const lines = cmp.columns.map((col, i) => {
    const flagged = cmp.triggers.filter((t) => (t.cells[i]?.count ?? 0) > 0).map((t) => t.slug);
    const what = col.kind === 'current' ? 'observation' : 'red flag';
    const who = col.kind === 'current' ? `Your job now (${col.company})` : col.company;
    return html`<li>${who}: ${col.flags === 0 ? `no ${what}s` : `${col.flags} ${what}${col.flags === 1 ? '' : 's'} on ${flagged.join(', ')}`}${
      col.flags ? html` <span class="hint">(weighted ${col.flagScore})</span>` : ''
    }</li>`;
  });
  return html`<ul>${lines}</ul>`;
}

/** A trigger with something noted in any column gets its own row; the rest share one line. */
const noted = (t: Comparison['triggers'][number]) => t.cells.some((c) => c.count > 0);

function table(cmp: Comparison): Html {
  const cols = cmp.columns;
  const quiet = cmp.triggers.filter((t) => !noted(t));
  const row = (label: string, cell: (c: Column) => Html | string) => html`<tr><th scope="row">${label}</th>${cols.map((c) => html`<td>${cell(c)}</td>`)}</tr>`;
  return html`<div class="scroll" role="region" aria-labelledby="cmp-caption" tabindex="0"><table class="compare">
<caption id="cmp-caption">Side by side. Your job now counts what you noted since ${longDate(cmp.currentSince)}.</caption>
<thead><tr><td></td>${cols.map(heading)}</tr></thead>
<tbody>
${row('Stage', (c) => (c.stage ? STAGE_LABEL[c.stage] : 'Current'))}
${row('Pay', (c) => (c.offer ? formatPay(c.offer.pay, c.offer.currency) : dash))}
${row('Level', (c) => c.level ?? dash)}
${row('Track', (c) => (c.track === null ? dash : c.track === 'ic' ? 'IC' : 'Manager'))}
${row('Decide by', (c) => (c.offer?.deadline ? html`<time datetime="${c.offer.deadline}">${c.offer.deadline}</time>` : dash))}
${row('Red flags', (c) => html`<strong>${c.flags}</strong>${c.flags ? html` <span class="hint">weighted ${c.flagScore}</span>` : ''}`)}
<tr><th scope="rowgroup" colspan="${cols.length + 1}" class="group">Your triggers</th></tr>
${cmp.triggers
  .filter(noted)
  .map(
    (t) =>
      html`<tr><th scope="row">${t.text}<br><span class="hint">${t.slug}${t.weight !== 1 ? ` · weight ${t.weight}` : ''}</span></th>${t.cells.map((cell, i) =>
        flagCell(cell, cols[i]?.kind === 'current'),
      )}</tr>`,
  )}
${
  quiet.length
    ? html`<tr><th scope="row">Nothing noted</th><td colspan="${cols.length}">${quiet.map((t, i) => html`${i ? ', ' : ''}<span title="${t.text}">${t.slug}</span>`)}</td></tr>`
    : ''
}
${
  cmp.principles.length
    ? html`<tr><th scope="rowgroup" colspan="${cols.length + 1}" class="group">Your principles</th></tr>
${cmp.principles.map(
  (p) =>
    html`<tr><th scope="row"><a href="/doc/${p.id}">${p.text}</a></th>${p.cells.map((cell) =>
      cell === null ? html`<td>${dash}</td>` : html`<td><strong>${cell.fits ? 'Fits' : 'Goes against'}</strong>${cell.note ? html`<br>${cell.note}` : ''}</td>`,
    )}</tr>`,
)}`
    : ''
}
</tbody></table></div>`;
}

async function comparePage(c: Context, deps: WebDeps) {
  const refs = c.req.queries('o') ?? [];
  const all = await listOpportunities(deps.ctx);
  if (refs.length === 0) {
    return page(c, deps, {
      title: 'Compare',
      path: '/opportunities',
      body: html`<p><a href="/opportunities">← All opportunities</a></p>
<h1>Compare opportunities</h1>
${
  all.length
    ? html`<p>Choose one or more to see them side by side against your triggers, with your current job as the baseline.</p>${chooser(all, [])}`
    : html`<p>No opportunities yet. <a href="/opportunities">Add one</a> first.</p>`
}`,
    });
  }
  const cmp = await compareOpportunities(deps.ctx, refs);
  const chosen = cmp.columns.flatMap((col) => (col.kind === 'opportunity' && col.id !== null ? [col.id] : []));
  return page(c, deps, {
    title: 'Compare',
    path: '/opportunities',
    body: html`<p><a href="/opportunities">← All opportunities</a></p>
<h1>Compare opportunities</h1>
<p>Against your own triggers: what you heard in interviews, next to what you noted at your job now. No score decides for you.</p>
${summary(cmp)}
${table(cmp)}
<details><summary>Change what is compared</summary>${chooser(all, chosen)}</details>`,
  });
}

export function registerCompare(app: Hono, deps: WebDeps): void {
  app.get('/compare', (c) => comparePage(c, deps));
}
