/** Onboarding on an empty database: what Keel does, one button to start (starter template or blank), then the current job. */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { initKeel, isInitialized } from '../../app/setup.service.js';
import { readForm, text } from '../form.js';
import { bare, csrfField, formError } from '../html.js';
import type { WebDeps } from '../page.js';
import { pastedText, pasteField, previewPage, registerDocImport, templateOf } from './doc-import.page.js';
import { welcomeJobPage } from './jobs.page.js';

function welcomePage(c: Context, deps: WebDeps, error?: string, document = '', template: string = 'starter') {
  return c.html(
    bare(
      'Welcome',
      html`<h1>Keel keeps your career on an even keel</h1>
<p>Once a week, take two minutes to say how work went. Keel checks your answers against your own
principles and rules and tells you, with reasons, whether to <strong>stay</strong>, <strong>watch</strong>
or <strong>look</strong> elsewhere — plus gentle nudges when you need rest or a light job search.</p>
<ul>
<li>Write down your principles as a living document, with where each came from.</li>
<li>Name in advance the leave triggers that would make you go, and note when you see them.</li>
<li>Keep a brag document of your wins and the people you helped.</li>
</ul>
<p>Everything stays in one file on this machine. Nothing is sent anywhere.</p>
<form method="post" action="/welcome">
${csrfField(deps.csrf)}
${formError(error)}
<fieldset>
<legend>How would you like to start?</legend>
<label class="big-choice"><input type="radio" name="template" value="starter"${template !== 'blank' ? ' checked' : ''}> The starter template
<span>Principles about health, staff engineering, job hunting, productivity and code; ten common leave triggers; twelve rules. Edit all of it.</span></label>
<label class="big-choice"><input type="radio" name="template" value="blank"${template === 'blank' ? ' checked' : ''}> A blank notebook
<span>Only the rules, quoting their built-in beliefs. Write your own principles and triggers.</span></label>
</fieldset>
<details${document ? ' open' : ''}><summary>Bring in what you already wrote (optional)</summary>
${pasteField(document)}
</details>
<button type="submit">Start</button>
</form>`,
    ),
    error ? 400 : 200,
  );
}

export function registerWelcome(app: Hono, deps: WebDeps): void {
  app.get('/welcome', async (c) => ((await isInitialized(deps.ctx)) ? c.redirect('/', 303) : welcomePage(c, deps)));

  app.post('/welcome', async (c) => {
    const form = await readForm(c);
    const document = pastedText(form);
    const template = templateOf(text(form, 'template'));
    if (!template) return welcomePage(c, deps, 'choose the starter template or a blank notebook', document);
    // With a document: show what Keel read first; the import sets up the database when applied.
    if (document.trim() !== '') {
      return previewPage(c, deps, { base: '/welcome/import', template }, document, (message) =>
        Promise.resolve(welcomePage(c, deps, message, document, template)),
      );
    }
    await initKeel(deps.ctx, template);
    return c.redirect('/welcome/job', 303);
  });

  registerDocImport(app, deps, (c, error, document, template) => welcomePage(c, deps, error, document, template));

  app.get('/welcome/job', (c) => welcomeJobPage(c, deps));
}
