/** The job search at a glance: searches, open and closed opportunities, adding one, and choosing some to compare. */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type BoardEntry, opportunitiesBoard } from '../../app/opportunities.queries.js';
import { addOpportunity } from '../../app/opportunities.service.js';
import { endSearch, startSearch } from '../../app/search.service.js';
import type { Search } from '../../core/domain.js';
import { longDate } from '../../core/iso-week.js';
import { CLOSED_STAGES, offerSummary, STAGES } from '../../core/opportunities/domain.js';
import { input, radios, select } from '../fields.js';
import { fieldValue, readForm, text } from '../form.js';
import { csrfField, formError, type Html, notice } from '../html.js';
import { attempt, type FormState, formFields, page, type WebDeps, wholeFormError } from '../page.js';
import { STAGE_LABEL } from './opportunity.shared.js';

const DONE: Record<string, string> = {
  'search-started': 'Search started. It counts as the light search your rules ask for.',
  'search-ended': 'Search ended.',
};

const OPEN_STAGES = STAGES.filter((s) => !CLOSED_STAGES.includes(s));

function searchPanel(deps: WebDeps, searches: Search[], state: FormState | undefined): Html {
  const open = searches.find((s) => s.endedOn === null);
  const s = state?.form === 'search' ? state : undefined;
  const f = s?.fields ?? {};
  const v = (k: string, fallback = '') => (s ? fieldValue(s.values, k) : fallback);
  const past = searches.filter((x) => x.endedOn !== null).reverse();
  // One state for both forms, and only one is shown: a message for the other's input goes at the top.
  return html`<section aria-labelledby="search-h"><h2 id="search-h">Your search</h2>
${formError(wholeFormError(s, open ? ['on'] : ['kind', 'startedOn', 'note']))}
${
  open
    ? html`<p>A <strong>${open.kind}</strong> search has been open since <time datetime="${open.startedOn}">${longDate(open.startedOn)}</time>${open.note ? html`: ${open.note}` : ''}.</p>
<form method="post" action="/searches/end" class="inline">${csrfField(deps.csrf)}
${input({ name: 'on', label: 'Ended on', type: 'date', value: v('on', deps.ctx.clock.today()), error: f.on, required: true, idPrefix: 'search' })}
<button type="submit" class="quiet">End the search</button></form>`
    : html`<p>No search is open. A light search — a few conversations a year, no pressure — keeps you honest about your options.</p>
<form method="post" action="/searches">${csrfField(deps.csrf)}
<div class="row">
${radios({
  name: 'kind',
  label: 'Kind',
  value: v('kind', 'light'),
  error: f.kind,
  options: [
    ['light', 'Light: see what is out there'],
    ['full', 'Full: I mean to leave'],
  ],
  idPrefix: 'search',
})}
${input({ name: 'on', label: 'Started on', type: 'date', value: v('on', deps.ctx.clock.today()), error: f.startedOn, required: true, idPrefix: 'search' })}
</div>
${input({ name: 'note', label: 'Note (optional)', value: v('note'), error: f.note, maxlength: 2000, idPrefix: 'search' })}
<button type="submit">Start a search</button></form>`
}
${
  past.length
    ? html`<details><summary>Earlier searches (${past.length})</summary><ul>${past.map(
        (x) =>
          html`<li>${x.kind}: <time datetime="${x.startedOn}">${x.startedOn}</time> to <time datetime="${x.endedOn ?? ''}">${x.endedOn}</time>${x.note ? html` · ${x.note}` : ''}</li>`,
      )}</ul></details>`
    : ''
}
</section>`;
}

function addForm(deps: WebDeps, state: FormState | undefined): Html {
  const s = state?.form === 'add' ? state : undefined;
  const f = s?.fields ?? {};
  const v = (k: string, fallback = '') => (s ? fieldValue(s.values, k) : fallback);
  return html`<form method="post" action="/opportunities">${csrfField(deps.csrf)}
${formError(s && !s.fields ? s.error : undefined)}
<div class="row">
${input({ name: 'company', label: 'Company', value: v('company'), error: f.company, required: true, maxlength: 200, size: 24, idPrefix: 'add' })}
${input({ name: 'role', label: 'Role', value: v('role'), error: f.role, required: true, maxlength: 200, size: 24, hint: 'e.g. Staff Engineer', idPrefix: 'add' })}
</div>
${input({ name: 'link', label: 'Link to the posting (optional)', value: v('link'), error: f.link, maxlength: 2000, idPrefix: 'add' })}
<div class="row">
${select({ name: 'stage', label: 'Where it stands', value: v('stage', 'saved'), error: f.stage, options: OPEN_STAGES.map((x) => [x, STAGE_LABEL[x]] as const), idPrefix: 'add' })}
${input({ name: 'on', label: 'Since', type: 'date', value: v('on', deps.ctx.clock.today()), error: f.on, required: true, idPrefix: 'add' })}
</div>
<button type="submit">Add opportunity</button>
</form>`;
}

function table(list: BoardEntry[], choose: boolean): Html {
  return html`<table><thead><tr>${choose ? html`<th><span class="visually-hidden">Compare</span></th>` : ''}<th>Company</th><th>Role</th><th>Stage</th><th>Offer</th><th class="num">Red flags</th></tr></thead>
<tbody>${list.map(
    (o) => html`<tr>${
      choose ? html`<td><input type="checkbox" name="o" value="${o.id}" id="cmp-${o.id}" aria-label="Compare ${o.company}, ${o.role}"></td>` : ''
    }<td><a href="/opportunities/${o.id}">${o.company}</a></td><td>${o.role}</td>
<td>${STAGE_LABEL[o.stage]}<br><span class="hint">since <time datetime="${o.stageOn}">${o.stageOn}</time></span></td>
<td>${o.offer ? offerSummary(o.offer) : html`<span class="muted">—</span>`}</td>
<td class="num">${o.flags}${o.worst !== null ? html`<br><span class="hint">worst ${o.worst}</span>` : ''}</td></tr>`,
  )}</tbody></table>`;
}

async function boardPage(c: Context, deps: WebDeps, state?: FormState, status: ContentfulStatusCode = 200) {
  const { opportunities, searches } = await opportunitiesBoard(deps.ctx);
  const open = opportunities.filter((o) => !CLOSED_STAGES.includes(o.stage)).reverse();
  const closed = opportunities.filter((o) => CLOSED_STAGES.includes(o.stage)).reverse();
  return page(c, deps, {
    title: 'Opportunities',
    path: '/opportunities',
    status,
    body: html`<h1>Opportunities</h1>
<p>Ask every interviewer: <q>What would make you want to leave?</q> Then weigh what you hear against what would make <em>you</em> leave.</p>
${notice(DONE[c.req.query('done') ?? ''])}
${searchPanel(deps, searches, state)}
<h2>Open</h2>
${
  open.length === 0
    ? html`<p>Nothing open. Add a company you are curious about below; it costs nothing to keep a list.</p>`
    : html`<form method="get" action="/compare">
${table(open, true)}
<p><button type="submit" class="quiet">Compare the chosen ones</button> <span class="hint">Side by side against your triggers, with your current job as the baseline.</span></p>
</form>`
}
<h2>Add an opportunity</h2>
${addForm(deps, state)}
<p><a href="/questions">Your interview questions</a> · asked of every company, one for each of your triggers.</p>
${closed.length ? html`<h2>Closed</h2>${table(closed, false)}` : ''}`,
  });
}

export function registerOpportunities(app: Hono, deps: WebDeps): void {
  app.get('/opportunities', (c) => boardPage(c, deps));

  // Each form's date is required: an emptied one is refused, not taken as today.
  app.post('/opportunities', async (c) => {
    const form = await readForm(c);
    return attempt(
      () =>
        addOpportunity(deps.ctx, {
          company: text(form, 'company'),
          role: text(form, 'role'),
          link: text(form, 'link'),
          stage: text(form, 'stage'),
          on: text(form, 'on') ?? '',
        }),
      (o) => c.redirect(`/opportunities/${o.id}?done=added`, 303),
      (error, status, fields) => boardPage(c, deps, { form: 'add', values: form, fields, error }, status),
    );
  });

  app.post('/searches', async (c) => {
    const form = await readForm(c);
    return attempt(
      () => startSearch(deps.ctx, { kind: text(form, 'kind'), startedOn: text(form, 'on') ?? '', note: text(form, 'note') }),
      () => c.redirect('/opportunities?done=search-started', 303),
      (error, status, fields) => boardPage(c, deps, { form: 'search', values: form, fields, error }, status),
    );
  });

  app.post('/searches/end', async (c) => {
    const form = await readForm(c);
    return attempt(
      () => endSearch(deps.ctx, text(form, 'on') ?? ''),
      () => c.redirect('/opportunities?done=search-ended', 303),
      (error, status, fields) => boardPage(c, deps, { form: 'search', values: form, fields: formFields(fields, { endedOn: 'on' }), error }, status),
    );
  });
}
