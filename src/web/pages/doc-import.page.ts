/**
 * "Paste your document": a textarea, then a preview of the sections, principles, triggers and rule
 * bindings the import would create (nothing is written: the use case rolls its transaction back),
 * then apply with the proposals the person kept. The same use case as `keel doc import`. During
 * onboarding the preview and the import also set up the database with the chosen template, in the
 * same transaction, so a cancelled or failed preview leaves the database empty.
 */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { explainProposal, type ImportResult, importDocument, previewImport, proposalKey } from '../../app/doc.service.js';
import { isInitialized, type Template } from '../../app/setup.service.js';
import { sourceLine } from '../../core/doc/source.js';
import { plural } from '../../core/words.js';
import { textarea } from '../fields.js';
import { list, readForm, text } from '../form.js';
import { bare, csrfField, formError, type Html } from '../html.js';
import { attempt, page, type WebDeps } from '../page.js';

const WHERE = 'pasted text';
const MAX_CHARS = 200_000;

/** Where a flow lives: onboarding (before setup, with a template) or the document page. */
interface Flow {
  base: '/welcome/import' | '/doc/import';
  template: Template | null;
}

/** The textarea, for the welcome page and the document page. */
export const pasteField = (value: string, error?: string): Html =>
  textarea({
    name: 'document',
    label: 'Paste your document',
    hint: 'Markdown, or text copied from a web page, Google Docs, Notion, Confluence, Apple Notes, Word or an email. Keel shows what it read before anything is saved.',
    value,
    error,
    rows: 10,
    maxlength: MAX_CHARS,
  });

/** The form on the document page, after setup. */
export const importForm = (deps: WebDeps, value = '', error?: string): Html => html`<form method="post" action="/doc/import" id="import">
${csrfField(deps.csrf)}
${pasteField(value, error)}
<button type="submit">Preview</button>
</form>`;

function previewBody(deps: WebDeps, flow: Flow, document: string, r: ImportResult, error?: string): Html {
  const p = r.principles;
  const counts = `${plural(r.sections.total, 'section')} (${r.sections.added} new), ${plural(p.added, 'new principle')}${p.revised ? `, ${p.revised} revised` : ''}${p.unchanged ? `, ${p.unchanged} you already have` : ''}`;
  return html`<h1>What Keel read</h1>
<p>Nothing is saved yet. ${counts}. Check it, keep the triggers and rules you agree with, then import.</p>
${formError(error)}
<form method="post" action="${flow.base}/apply">
${csrfField(deps.csrf)}
${flow.template ? html`<input type="hidden" name="template" value="${flow.template}">` : ''}
<div class="preview">
${r.document.map(
  (s) => html`<h2>${s.title}</h2>
${s.note ? html`<p class="hint">${s.note}</p>` : ''}
${s.principles.length ? html`<ul>${s.principles.map((x) => html`<li>${x.text}${sourceLine(x) ? html` <span class="hint">Source: ${sourceLine(x)}</span>` : ''}</li>`)}</ul>` : ''}`,
)}
</div>
${
  r.proposals.length
    ? html`<fieldset>
<legend>Found in your words</legend>
<p class="hint">Triggers from your lists about leaving, and the rules that will quote you. Untick what you do not mean.</p>
<div class="choices stacked">${r.proposals.map((x) => {
        const e = explainProposal(x);
        return html`<label><input type="checkbox" name="accept" value="${proposalKey(x)}" checked> <strong>${e.label}</strong> — ${e.detail}</label>`;
      })}</div>
</fieldset>`
    : html`<p class="hint">No leave triggers or rules found in the text.</p>`
}
<details><summary>Change the text</summary>
${pasteField(document)}
<button type="submit" formaction="${flow.base}">Preview again</button>
</details>
<p><button type="submit">Import</button> <a href="${flow.template ? '/welcome' : '/doc'}">Cancel</a></p>
</form>`;
}

async function render(c: Context, deps: WebDeps, flow: Flow, title: string, body: Html, status: ContentfulStatusCode = 200): Promise<Response> {
  if (flow.template) return c.html(bare(title, body), status);
  return page(c, deps, { title, path: '/doc', body, status });
}

/** The template a welcome form chose, or an error message. */
export const templateOf = (value: string | undefined): Template | null => (value === 'starter' || value === 'blank' ? value : null);

/** Renders the preview of `document` (or the form again with the reason it cannot be read). */
export async function previewPage(
  c: Context,
  deps: WebDeps,
  flow: Flow,
  document: string,
  onError: (message: string, status: ContentfulStatusCode) => Promise<Response>,
) {
  if (document.trim() === '') return onError('paste the text of your document first', 400);
  if (document.length > MAX_CHARS) return onError(`the text is over ${MAX_CHARS.toLocaleString('en')} characters`, 400);
  return attempt(
    () => previewImport(deps.ctx, document, WHERE, flow.template ? { template: flow.template } : {}),
    (r) => render(c, deps, flow, 'Preview', previewBody(deps, flow, document, r)),
    onError,
  );
}

export function registerDocImport(
  app: Hono,
  deps: WebDeps,
  welcomePage: (c: Context, error: string, document: string, template?: string) => Promise<Response> | Response,
): void {
  for (const base of ['/welcome/import', '/doc/import'] as const) {
    const flowOf = async (c: Context, form: Record<string, string | string[]>): Promise<Flow | Response> => {
      const ready = await isInitialized(deps.ctx);
      if (base === '/welcome/import') {
        if (ready) return c.redirect('/doc', 303);
        const template = templateOf(text(form, 'template'));
        if (!template) return welcomePage(c, 'choose the starter template or a blank notebook', text(form, 'document') ?? '');
        return { base, template };
      }
      if (!ready) return c.redirect('/welcome', 303);
      return { base, template: null };
    };
    const again = (c: Context, flow: Flow, document: string) => async (message: string, status: ContentfulStatusCode) =>
      flow.template
        ? welcomePage(c, message, document, flow.template)
        : render(c, deps, flow, 'Import', html`<h1>Import your document</h1>${importForm(deps, document, message)}`, status);

    app.post(base, async (c) => {
      const form = await readForm(c);
      const flow = await flowOf(c, form);
      if (flow instanceof Response) return flow;
      const document = pastedText(form);
      return previewPage(c, deps, flow, document, again(c, flow, document));
    });

    app.post(`${base}/apply`, async (c) => {
      const form = await readForm(c);
      const flow = await flowOf(c, form);
      if (flow instanceof Response) return flow;
      const document = pastedText(form);
      if (document.trim() === '') return again(c, flow, document)('paste the text of your document first', 400);
      return attempt(
        () => importDocument(deps.ctx, document, WHERE, { apply: list(form, 'accept'), ...(flow.template ? { template: flow.template } : {}) }),
        (r) => c.redirect(flow.template ? '/welcome/job' : `/doc?done=imported&n=${r.principles.added}`, 303),
        again(c, flow, document),
      );
    });
  }
}

/** The pasted document as typed: not trimmed, since indentation is structure (line endings are the reader's business). */
export const pastedText = (form: Record<string, string | string[]>): string => {
  const v = form.document;
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};
