/** One principle: edit it with a reason, mark it reviewed, and read its history as word diffs. */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { editPrinciple, principleHistory, reviewPrinciple, showPrinciple } from '../../app/doc.service.js';
import type { DiffPart } from '../../core/doc/diff.js';
import { input, textarea } from '../fields.js';
import { fieldValue, readForm, text } from '../form.js';
import { csrfField, formError, type Html, notice } from '../html.js';
import { markdown } from '../markdown.js';
import { attempt, type FormState, formFields, page, type WebDeps } from '../page.js';
import { origin, tagsOf } from './doc.page.js';

const DONE: Record<string, string> = { edited: 'Saved. The old text is in the history below.', unchanged: 'Nothing changed.', reviewed: 'Marked as reviewed.' };

const diff = (parts: DiffPart[]): Html =>
  html`${parts.map((p) => (p.change === 'added' ? html`<ins>${p.value}</ins>` : p.change === 'removed' ? html`<del>${p.value}</del>` : p.value))}`;

async function principlePage(c: Context, deps: WebDeps, id: string, state?: FormState, status: ContentfulStatusCode = 200) {
  const [detail, history] = await Promise.all([showPrinciple(deps.ctx, id), principleHistory(deps.ctx, id)]);
  const p = detail.principle;
  const f = state?.fields ?? {};
  const v = (k: string, current: string) => (state ? fieldValue(state.values, k) : current);
  return page(c, deps, {
    title: `Principle ${p.id}`,
    path: '/doc',
    status,
    body: html`<p><a href="/doc">← The whole document</a></p>
<h1>${detail.section.title}: principle ${p.id}</h1>
${notice(DONE[c.req.query('done') ?? ''])}
<blockquote>${markdown(p.text)}</blockquote>
<p class="hint">${origin(p)}${p.reviewedAt ? ` · reviewed ${p.reviewedAt.slice(0, 10)}` : ''}${p.retiredAt ? ` · retired ${p.retiredAt.slice(0, 10)}` : ''}
${detail.rules.length ? html`<br>Checked by the rules ${detail.rules.join(', ')}.` : ''}
${detail.triggers.length ? html`<br>Triggers: ${detail.triggers.map((t) => t.slug).join(', ')}.` : ''}</p>
${
  p.retiredAt
    ? ''
    : html`<h2>Edit</h2>
<form method="post" action="/doc/${p.id}">${csrfField(deps.csrf)}
${formError(state && !state.fields ? state.error : undefined)}
${textarea({ name: 'text', label: 'The principle (Markdown)', value: v('text', p.text), error: f.text, required: true, rows: 4 })}
${input({ name: 'reason', label: 'Why the change? (kept in the history)', value: v('reason', ''), error: f.reason, maxlength: 500 })}
<div class="row">
${input({ name: 'source', label: 'Where it came from', value: v('source', p.source ?? ''), error: f.source, size: 28 })}
${input({ name: 'sourceDate', label: 'Since', type: 'date', value: v('sourceDate', p.sourceDate ?? ''), error: f.sourceDate })}
</div>
${input({ name: 'tags', label: 'Tags', value: v('tags', p.tags.join(', ')), error: f.tags, hint: 'Separated by commas' })}
<button type="submit">Save changes</button>
</form>
<form method="post" action="/doc/${p.id}/review">${csrfField(deps.csrf)}<button type="submit" class="quiet">Still holds: mark as reviewed</button></form>`
}
<h2>History</h2>
${
  history.revisions.length
    ? html`<ol reversed>${[...history.revisions].reverse().map(
        (
          r,
        ) => html`<li><p><time datetime="${r.revision.changedAt}">${r.revision.changedAt.slice(0, 10)}</time>${r.revision.reason ? html` — ${r.revision.reason}` : ''}</p>
<p class="diff">${diff(r.diff)}</p></li>`,
      )}</ol>`
    : html`<p>No changes yet: this is the text as first written (${p.createdAt.slice(0, 10)}).</p>`
}`,
  });
}

export function registerPrinciple(app: Hono, deps: WebDeps): void {
  app.get('/doc/:id{[0-9]+}', (c) => principlePage(c, deps, c.req.param('id')));

  app.post('/doc/:id{[0-9]+}', async (c) => {
    const id = c.req.param('id');
    const form = await readForm(c);
    // The form sends every field: an empty one is emptied (an empty text is refused), never "keep as is".
    const value = {
      text: text(form, 'text') ?? '',
      source: text(form, 'source') ?? '',
      sourceDate: text(form, 'sourceDate') ?? '',
      tags: tagsOf(form),
      reason: text(form, 'reason') ?? null,
    };
    return attempt(
      () => editPrinciple(deps.ctx, id, value),
      (r) => c.redirect(`/doc/${id}?done=${r.changed.length ? 'edited' : 'unchanged'}`, 303),
      (error, status, fields) => principlePage(c, deps, id, { form: 'edit', values: form, fields: formFields(fields), error }, status),
    );
  });

  app.post('/doc/:id{[0-9]+}/review', async (c) => {
    const id = c.req.param('id');
    return attempt(
      () => reviewPrinciple(deps.ctx, id, { action: 'keep' }),
      () => c.redirect(`/doc/${id}?done=reviewed`, 303),
      (error, status) => principlePage(c, deps, id, { form: 'review', values: {}, error }, status),
    );
  });
}
