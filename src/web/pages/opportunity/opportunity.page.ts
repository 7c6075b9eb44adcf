/**
 * One opportunity: its red flags by trigger first, then the questions to ask with the answers heard,
 * interview notes, the stages, the offer, contacts and the principles it fits or goes against.
 */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { addNote, answerQuestion, flag } from '../../../app/interviews.service.js';
import { addContact, markPrinciple, moveOpportunity, recordOffer } from '../../../app/opportunities.service.js';
import { showOpportunity } from '../../../app/opportunity-detail.service.js';
import { listPrinciples, listTriggers } from '../../../app/queries.js';
import { longDate } from '../../../core/iso-week.js';
import { CLOSED_STAGES, offerSummary } from '../../../core/opportunities/domain.js';
import { amount, type Form, num, readForm, text, yesNo } from '../../form.js';
import { formError, notice } from '../../html.js';
import { attempt, type FormState, page, type WebDeps, wholeFormError } from '../../page.js';
import { STAGE_LABEL } from '../opportunity.shared.js';
import { notes, questions, redFlags } from './interviews.js';
import { contacts, offer, principles, stages } from './record.js';
import { placed, type View } from './view.js';

const DONE: Record<string, string> = {
  added: 'Added. Ask every interviewer the questions below, and note what you hear.',
  moved: 'Moved.',
  offer: 'Offer saved.',
  contact: 'Contact added.',
  note: 'Note saved.',
  answer: 'Answer saved.',
  flagged: 'Flagged against your trigger.',
  principle: 'Principle marked.',
};

async function detailPage(c: Context, deps: WebDeps, id: string, failed?: FormState, status: ContentfulStatusCode = 200) {
  const [d, triggers, allPrinciples] = await Promise.all([showOpportunity(deps.ctx, id), listTriggers(deps.ctx), listPrinciples(deps.ctx)]);
  const state = failed && placed(d, failed);
  const v: View = { d, triggers, principles: allPrinciples };
  const o = d.opportunity;
  const closed = CLOSED_STAGES.includes(o.stage);
  return page(c, deps, {
    title: `${o.company}: ${o.role}`,
    path: '/opportunities',
    status,
    body: html`<p><a href="/opportunities">← All opportunities</a></p>
<h1>${o.company}: ${o.role}</h1>
<p class="hint">${STAGE_LABEL[o.stage]} since <time datetime="${o.stageOn}">${longDate(o.stageOn)}</time>${
      o.link ? html` · <a href="${o.link}" rel="noreferrer noopener">the posting</a>` : ''
    }${o.offer ? html` · offer: ${offerSummary(o.offer)}` : ''}</p>
${notice(DONE[c.req.query('done') ?? ''])}
${failed && !state ? formError(wholeFormError(failed, [])) : ''}
${closed ? '' : html`<p><a href="/compare?o=${o.id}">Compare it</a> with your current job and other opportunities.</p>`}
<h2 id="red-flags">Red flags by trigger</h2>
${redFlags(v)}
<h2 id="questions">Questions to ask</h2>
<p class="hint">Ask every interviewer the first one. The others come from your own triggers. <a href="/questions">Your question bank</a></p>
${questions(deps, v, state)}
<h2 id="notes">Interview notes</h2>
${notes(deps, v, state)}
<h2 id="stage">Stage</h2>
${stages(deps, v, state)}
<h2 id="offer">Offer</h2>
${offer(deps, v, state)}
<h2 id="contacts">Contacts</h2>
${contacts(deps, v, state)}
<h2 id="principles">Your principles</h2>
${principles(deps, v, state)}`,
  });
}

/** Reads a form once, runs the write and redirects to the section it changed; a refusal re-renders the page with what was typed and what was wrong. */
function handle(deps: WebDeps, name: (form: Form) => string, write: (id: string, form: Form) => Promise<unknown>, done: string, anchor: string) {
  return async (c: Context) => {
    const id = c.req.param('id') as string;
    const form = await readForm(c);
    return attempt(
      () => write(id, form),
      () => c.redirect(`/opportunities/${id}?done=${done}#${anchor}`, 303),
      (error, status, fields) => detailPage(c, deps, id, { form: name(form), values: form, fields, error }, status),
    );
  };
}

const flagOf = (form: Form) => {
  const t = text(form, 'flag');
  return t ? [t] : [];
};

export function registerOpportunity(app: Hono, deps: WebDeps): void {
  const base = '/opportunities/:id{[0-9]+}';
  app.get(base, (c) => detailPage(c, deps, c.req.param('id')));

  // Each form's date is required: an emptied one is refused, not taken as today.
  app.post(
    `${base}/move`,
    handle(
      deps,
      () => 'move',
      (id, form) => moveOpportunity(deps.ctx, id, { stage: text(form, 'stage'), movedOn: text(form, 'on') ?? '', note: text(form, 'note') }),
      'moved',
      'stage',
    ),
  );

  app.post(
    `${base}/offer`,
    handle(
      deps,
      () => 'offer',
      (id, form) =>
        recordOffer(deps.ctx, id, {
          pay: amount(form, 'pay'),
          currency: text(form, 'currency'),
          level: text(form, 'level'),
          track: text(form, 'track'),
          deadline: text(form, 'deadline'),
          note: text(form, 'note'),
        }),
      'offer',
      'offer',
    ),
  );

  app.post(
    `${base}/contacts`,
    handle(
      deps,
      () => 'contact',
      (id, form) => addContact(deps.ctx, id, { name: text(form, 'name'), role: text(form, 'role'), note: text(form, 'note') }),
      'contact',
      'contacts',
    ),
  );

  app.post(
    `${base}/notes`,
    handle(
      deps,
      () => 'note',
      (id, form) =>
        addNote(deps.ctx, id, {
          text: text(form, 'text'),
          notedOn: text(form, 'on') ?? '',
          who: text(form, 'who'),
          whoRole: text(form, 'role'),
          flag: flagOf(form),
          severity: num(form, 'severity'),
        }),
      'note',
      'notes',
    ),
  );

  app.post(
    `${base}/answers`,
    handle(
      deps,
      (form) => `answer-${text(form, 'question') ?? ''}`,
      (id, form) =>
        answerQuestion(deps.ctx, id, text(form, 'question') ?? '', {
          text: text(form, 'text'),
          answeredOn: text(form, 'on') ?? '',
          who: text(form, 'who'),
          flag: flagOf(form),
          severity: num(form, 'severity'),
        }),
      'answer',
      'questions',
    ),
  );

  app.post(
    `${base}/flags`,
    handle(
      deps,
      (form) => (text(form, 'answer') ? `flag-answer-${text(form, 'answer')}` : `flag-note-${text(form, 'note') ?? ''}`),
      (id, form) =>
        flag(deps.ctx, {
          answer: num(form, 'answer'),
          note: num(form, 'note'),
          trigger: text(form, 'trigger') ?? '',
          severity: num(form, 'severity'),
          opportunity: id,
        }),
      'flagged',
      'red-flags',
    ),
  );

  app.post(
    `${base}/principles`,
    handle(
      deps,
      () => 'principle',
      (id, form) => markPrinciple(deps.ctx, id, text(form, 'principle') ?? '', { fits: yesNo(form, 'fits'), note: text(form, 'note') }),
      'principle',
      'principles',
    ),
  );
}
