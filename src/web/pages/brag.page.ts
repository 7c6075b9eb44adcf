/** The brag document: wins and the people you supported, newest first, and a form to add one. */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { addAccomplishment } from '../../app/brag.service.js';
import { listAccomplishments } from '../../app/queries.js';
import { ACCOMPLISHMENT_KINDS, type AccomplishmentKind } from '../../core/domain.js';
import { longDate } from '../../core/iso-week.js';
import { accomplishmentInputSchema } from '../../core/validation.js';
import { input, select, textarea } from '../fields.js';
import { fieldValue, problemsWith, readForm, text } from '../form.js';
import { csrfField, formError, notice } from '../html.js';
import { attempt, type FormState, page, type WebDeps } from '../page.js';

const KIND: Record<AccomplishmentKind, string> = {
  delivered: 'Delivered',
  'enabled-others': 'Enabled others',
  learned: 'Learned',
  recognized: 'Recognized',
};

async function bragPage(c: Context, deps: WebDeps, state?: FormState, status: ContentfulStatusCode = 200) {
  const wins = (await listAccomplishments(deps.ctx)).reverse();
  const f = state?.fields ?? {};
  const v = (k: string, fallback = '') => (state ? fieldValue(state.values, k) : fallback);
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
${formError(state && !state.fields ? state.error : undefined)}
${textarea({ name: 'text', label: 'What did you do?', value: v('text'), error: f.text, required: true, maxlength: 2000 })}
<div class="row">
${input({ name: 'on', label: 'When', type: 'date', value: v('on', deps.ctx.clock.today()), error: f.achievedOn, required: true })}
${select({ name: 'kind', label: 'Kind', value: v('kind', 'delivered'), error: f.kind, options: ACCOMPLISHMENT_KINDS.map((k) => [k, KIND[k]] as const) })}
</div>
${input({ name: 'impact', label: 'Impact (optional)', value: v('impact'), error: f.impact, maxlength: 2000 })}
${input({ name: 'people', label: 'People you supported (optional)', value: v('people'), error: f.people, hint: 'Names separated by commas' })}
<button type="submit">Add win</button>
</form>
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

  app.post('/brag', async (c) => {
    const form = await readForm(c);
    const people = (text(form, 'people') ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const value = { text: text(form, 'text'), on: text(form, 'on') ?? '', impact: text(form, 'impact'), kind: text(form, 'kind'), people };
    const again = (fields: Record<string, string> | undefined, error: string | undefined, status: ContentfulStatusCode) =>
      bragPage(c, deps, { form: 'add', values: form, fields, error }, status);
    const fields = problemsWith(
      accomplishmentInputSchema,
      { text: value.text, achievedOn: value.on, impact: value.impact ?? null, kind: value.kind ?? 'delivered', people },
      (p) => String(p[0]),
    );
    if (Object.keys(fields).length) return again(fields, undefined, 400);
    return attempt(
      () => addAccomplishment(deps.ctx, value),
      () => c.redirect('/brag?done=added', 303),
      (error, status) => again(undefined, error, status),
    );
  });
}
