/** The question bank: what to ask every interviewer, one question per trigger, and your own. */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { listTriggers } from '../../app/queries.js';
import { addQuestion, type BankQuestion, listQuestions, retireQuestion } from '../../app/questions.service.js';
import { renderQuestion } from '../../core/opportunities/questions.js';
import { input, select } from '../fields.js';
import { fieldValue, readForm, text } from '../form.js';
import { csrfField, formError, type Html, notice } from '../html.js';
import { attempt, type FormState, page, type WebDeps } from '../page.js';

const DONE: Record<string, string> = { added: 'Added to your questions.', retired: 'Retired the question; its answers stay.' };
const ORIGIN = { leave: 'the question Keel started from', trigger: 'from a trigger', own: 'your own' } as const;

const shown = (q: BankQuestion) => renderQuestion(q.text, '…');

function row(deps: WebDeps, q: BankQuestion): Html {
  return html`<li><p class="question">${shown(q)}</p><div class="actions hint">${ORIGIN[q.origin]}${q.slug ? ` · ${q.slug}` : ''}${
    q.retiredAt === null
      ? html`<form method="post" action="/questions/${q.id}/retire">${csrfField(deps.csrf)}<button type="submit" class="quiet">Retire<span class="visually-hidden"> question ${q.id}</span></button></form>`
      : ''
  }</div></li>`;
}

async function questionsPage(c: Context, deps: WebDeps, state?: FormState, status: ContentfulStatusCode = 200) {
  const [bank, triggers] = await Promise.all([listQuestions(deps.ctx), listTriggers(deps.ctx)]);
  const active = bank.filter((q) => q.retiredAt === null);
  const retired = bank.filter((q) => q.retiredAt !== null);
  const s = state?.form === 'add' ? state : undefined;
  const f = s?.fields ?? {};
  const v = (k: string) => (s ? fieldValue(s.values, k) : '');
  return page(c, deps, {
    title: 'Interview questions',
    path: '/opportunities',
    status,
    body: html`<p><a href="/opportunities">← Opportunities</a></p>
<h1>Interview questions</h1>
<p>Ask every interviewer what would make them want to leave. The other questions ask for a story about each of your triggers: a story tells more than an opinion.</p>
${notice(DONE[c.req.query('done') ?? ''])}
${formError(state?.form === 'retire' ? state.error : undefined)}
<ol class="questions">${active.map((q) => row(deps, q))}</ol>
<h2>Add a question</h2>
<form method="post" action="/questions">${csrfField(deps.csrf)}
${formError(s && !s.fields ? s.error : undefined)}
${input({ name: 'text', label: 'Question', value: v('text'), error: f.text, required: true, maxlength: 500, hint: 'Write {company} where the company name goes.' })}
${select({
  name: 'trigger',
  label: 'About a trigger (optional)',
  value: v('trigger'),
  options: [['', 'None'], ...triggers.filter((t) => t.active).map((t) => [String(t.id), t.slug] as const)],
})}
<button type="submit">Add question</button>
</form>
${retired.length ? html`<h2>Retired</h2><ul>${retired.map((q) => row(deps, q))}</ul>` : ''}`,
  });
}

export function registerQuestions(app: Hono, deps: WebDeps): void {
  app.get('/questions', (c) => questionsPage(c, deps));

  app.post('/questions', async (c) => {
    const form = await readForm(c);
    const trigger = text(form, 'trigger');
    return attempt(
      () => addQuestion(deps.ctx, { text: text(form, 'text'), ...(trigger ? { trigger } : {}) }),
      () => c.redirect('/questions?done=added', 303),
      (error, status, fields) => questionsPage(c, deps, { form: 'add', values: form, fields, error }, status),
    );
  });

  app.post('/questions/:id{[0-9]+}/retire', (c) =>
    attempt(
      () => retireQuestion(deps.ctx, c.req.param('id')),
      () => c.redirect('/questions?done=retired', 303),
      (error, status) => questionsPage(c, deps, { form: 'retire', values: {}, error }, status),
    ),
  );
}
