/** The brag document: wins and the people you supported, newest first, and a form to add one. */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { addAccomplishment } from '../../app/brag.service.js';
import { exportBrag } from '../../app/brag-export.service.js';
import { listAccomplishments } from '../../app/queries.js';
import { ACCOMPLISHMENT_KINDS, type AccomplishmentKind } from '../../core/domain.js';
import { longDate } from '../../core/iso-week.js';
import { input, select, textarea } from '../fields.js';
import { type Form, fieldValue, readForm, text } from '../form.js';
import { csrfField, formError, type Html, notice } from '../html.js';
import { attempt, type FormState, formFields, page, type WebDeps } from '../page.js';

const KIND: Record<AccomplishmentKind, string> = {
  delivered: 'Delivered',
  'enabled-others': 'Enabled others',
  learned: 'Learned',
  recognized: 'Recognized',
};

const FORMATS = [
  ['md', 'Markdown (.md)'],
  ['html', 'Web page (.html)'],
] as const;

/** A GET form: the answer is a download of the document, grouped by quarter, for a self-review. */
function exportForm(deps: WebDeps, state: FormState | undefined): Html {
  const s = state?.form === 'export' ? state : undefined;
  const f = s?.fields ?? {};
  const v = (k: string, fallback = '') => (s ? fieldValue(s.values, k) : fallback);
  return html`<h2>Export for a review</h2>
<p>Your wins grouped by quarter, ready to bring to a performance review or a self-review.</p>
<form method="get" action="/brag/export">
${formError(s && !s.fields ? s.error : undefined)}
<div class="row">
${input({ name: 'since', label: 'From (optional)', type: 'date', value: v('since'), error: f.since, hint: 'Empty: from your first win', idPrefix: 'export' })}
${input({ name: 'until', label: 'Until', type: 'date', value: v('until', deps.ctx.clock.today()), error: f.until, idPrefix: 'export' })}
${select({ name: 'format', label: 'Format', value: v('format', 'md'), error: f.format, options: FORMATS, idPrefix: 'export' })}
</div>
<button type="submit">Download</button>
</form>`;
}

async function bragPage(c: Context, deps: WebDeps, state?: FormState, status: ContentfulStatusCode = 200) {
  const wins = (await listAccomplishments(deps.ctx)).reverse();
  const add = state?.form === 'add' ? state : undefined;
  const f = add?.fields ?? {};
  const v = (k: string, fallback = '') => (add ? fieldValue(add.values, k) : fallback);
  const years = [...new Set(wins.map((w) => w.achievedOn.slice(0, 4)))];
  return page(c, deps, {
    title: 'Brag document',
    path: '/brag',
    status,
    body: html`<h1>Brag document</h1>
<p>Be proud of what you accomplished. Impact is often measured by whom you enable.</p>
${notice(c.req.query('done') === 'added' ? 'Added to your brag document.' : null)}
<h2>Add a win</h2>
<form method="post" action="/brag">${csrfField(deps.csrf)}
${formError(add && !add.fields ? add.error : undefined)}
${textarea({ name: 'text', label: 'What did you do?', value: v('text'), error: f.text, required: true, maxlength: 2000 })}
<div class="row">
${input({ name: 'on', label: 'When', type: 'date', value: v('on', deps.ctx.clock.today()), error: f.achievedOn, required: true })}
${select({ name: 'kind', label: 'Kind', value: v('kind', 'delivered'), error: f.kind, options: ACCOMPLISHMENT_KINDS.map((k) => [k, KIND[k]] as const) })}
</div>
${input({ name: 'impact', label: 'Impact (optional)', value: v('impact'), error: f.impact, maxlength: 2000 })}
${input({ name: 'people', label: 'People you supported (optional)', value: v('people'), error: f.people, hint: 'Names separated by commas' })}
<button type="submit">Add win</button>
</form>
${exportForm(deps, state)}
${
  wins.length === 0
    ? html`<p>No wins yet. Something went well this week; write it down.</p>`
    : years.map(
        (y) =>
          html`<h2>${y}</h2><ul>${wins
            .filter((w) => w.achievedOn.startsWith(y))
            .map(
              (w) =>
                html`<li><strong>${w.text}</strong> <span class="hint">${KIND[w.kind]} · <time datetime="${w.achievedOn}">${longDate(w.achievedOn)}</time></span>
${w.impact ? html`<br>${w.impact}` : ''}${w.people.length ? html`<br><span class="hint">With ${w.people.join(', ')}</span>` : ''}</li>`,
            )}</ul>`,
      )
}`,
  });
}

export function registerBrag(app: Hono, deps: WebDeps): void {
  app.get('/brag', (c) => bragPage(c, deps));

  app.get('/brag/export', async (c) => {
    const q = c.req.query();
    const values: Form = { since: q.since ?? '', until: q.until ?? '', format: q.format ?? '' };
    return attempt(
      // An empty field means the default: from the first win, until today, as Markdown.
      () => exportBrag(deps.ctx, { since: text(values, 'since'), until: text(values, 'until'), format: text(values, 'format') }),
      (doc) =>
        c.body(doc.text, 200, {
          'Content-Type': doc.format === 'md' ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8',
          'Content-Disposition': `attachment; filename="brag-${doc.since ?? 'all'}-to-${doc.until}.${doc.format}"`,
        }),
      (error, status, fields) => bragPage(c, deps, { form: 'export', values, fields, error }, status),
    );
  });

  app.post('/brag', async (c) => {
    const form = await readForm(c);
    const people = (text(form, 'people') ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    // The date is required here: an emptied one is refused, not taken as today.
    const value = { text: text(form, 'text'), achievedOn: text(form, 'on') ?? '', impact: text(form, 'impact'), kind: text(form, 'kind'), people };
    return attempt(
      () => addAccomplishment(deps.ctx, value),
      () => c.redirect('/brag?done=added', 303),
      (error, status, fields) => bragPage(c, deps, { form: 'add', values: form, fields: formFields(fields), error }, status),
    );
  });
}
