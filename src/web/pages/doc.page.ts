/** The living document: sections with their principles, and forms to add a principle or a section. */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { addPrinciple, addSection, getDocument, type SectionWithPrinciples } from '../../app/doc.service.js';
import type { Principle } from '../../core/domain.js';
import { input, select, textarea } from '../fields.js';
import { type Form, fieldValue, readForm, text } from '../form.js';
import { csrfField, formError, type Html, notice } from '../html.js';
import { markdown } from '../markdown.js';
import { attempt, type FormState, formFields, page, type WebDeps } from '../page.js';
import { importForm } from './doc-import.page.js';

const DONE: Record<string, string> = { added: 'Added the principle.', section: 'Added the section.', imported: 'Imported your document.' };

/** Comma-separated tags as typed → a list. */
export const tagsOf = (form: Form): string[] =>
  (text(form, 'tags') ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** Where a principle came from, and since when. */
export const origin = (p: Principle): string =>
  [p.source, p.sourceDate, p.tags.length ? `tags: ${p.tags.join(', ')}` : ''].filter(Boolean).join(' · ') || `written ${p.createdAt.slice(0, 10)}`;

function principleItem(p: Principle): Html {
  return html`<li class="principle" id="p-${p.id}">${markdown(p.text)}
<div class="actions hint"><span>${origin(p)}</span><a href="/doc/${p.id}">Edit or see history<span class="visually-hidden"> of principle ${p.id}</span></a></div></li>`;
}

function addForms(deps: WebDeps, doc: SectionWithPrinciples[], state?: FormState): Html {
  const s = state?.form === 'principle' ? state : undefined;
  const t = state?.form === 'section' ? state : undefined;
  const f = s?.fields ?? {};
  const v = (k: string) => (s ? fieldValue(s.values, k) : '');
  return html`${
    doc.length
      ? html`<h2>Add a principle</h2>
<form method="post" action="/doc/principles">${csrfField(deps.csrf)}
${formError(s && !s.fields ? s.error : undefined)}
${select({ name: 'section', label: 'Section', value: v('section'), error: f.section, options: doc.map((x) => [String(x.id), x.title] as const) })}
${textarea({ name: 'text', label: 'The principle (Markdown)', value: v('text'), error: f.text, required: true, rows: 3 })}
<div class="row">
${input({ name: 'source', label: 'Where it came from (optional)', value: v('source'), error: f.source, size: 28 })}
${input({ name: 'sourceDate', label: 'Since (optional)', type: 'date', value: v('sourceDate'), error: f.sourceDate })}
</div>
${input({ name: 'tags', label: 'Tags (optional)', value: v('tags'), error: f.tags, hint: 'Separated by commas' })}
<button type="submit">Add principle</button>
</form>`
      : ''
  }
<h2>Add a section</h2>
<form method="post" action="/doc/sections" class="inline">${csrfField(deps.csrf)}
${input({ name: 'title', label: 'Section title', value: t ? fieldValue(t.values, 'title') : '', error: t?.fields?.title ?? t?.error, required: true, size: 28, idPrefix: 'section' })}
<button type="submit">Add section</button>
</form>
<h2>Import a document</h2>
<p class="hint">Bring in principles you wrote elsewhere. Importing the same text again changes nothing; an edited text records revisions.</p>
${importForm(deps)}`;
}

async function docPage(c: Context, deps: WebDeps, state?: FormState, status: ContentfulStatusCode = 200) {
  const doc = await getDocument(deps.ctx);
  return page(c, deps, {
    title: 'Document',
    path: '/doc',
    status,
    body: html`<h1>Your principles</h1>
<p>A living document: every change keeps the text it replaced, with your reason.</p>
${notice(DONE[c.req.query('done') ?? ''])}
${doc.length === 0 ? html`<p>No sections yet. Add one below, then write your first principle.</p>` : ''}
${doc.map(
  (s) => html`<h2>${s.title}</h2>
${s.note ? html`<p class="hint">${s.note}</p>` : ''}
${s.principles.length ? html`<ul class="plain">${s.principles.map(principleItem)}</ul>` : html`<p class="hint">No principles in this section yet.</p>`}`,
)}
${addForms(deps, doc, state)}`,
  });
}

export function registerDoc(app: Hono, deps: WebDeps): void {
  app.get('/doc', (c) => docPage(c, deps));

  app.post('/doc/principles', async (c) => {
    const form = await readForm(c);
    const value = { text: text(form, 'text'), source: text(form, 'source'), sourceDate: text(form, 'sourceDate'), tags: tagsOf(form) };
    return attempt(
      () => addPrinciple(deps.ctx, { ...value, section: text(form, 'section') ?? '' }),
      (p) => c.redirect(`/doc?done=added#p-${p.id}`, 303),
      (error, status, fields) => docPage(c, deps, { form: 'principle', values: form, fields: formFields(fields), error }, status),
    );
  });

  app.post('/doc/sections', async (c) => {
    const form = await readForm(c);
    return attempt(
      () => addSection(deps.ctx, text(form, 'title')),
      () => c.redirect('/doc?done=section', 303),
      (error, status, fields) => docPage(c, deps, { form: 'section', values: form, fields, error }, status),
    );
  });
}
