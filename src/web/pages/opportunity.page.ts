/**
 * One opportunity: its red flags by trigger first, then the questions to ask with the answers heard,
 * interview notes, the stages, the offer, contacts and the principles it fits or goes against.
 */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { addNote, answerQuestion, flag } from '../../app/interviews.service.js';
import { addContact, markPrinciple, moveOpportunity, recordOffer } from '../../app/opportunities.service.js';
import { type OpportunityDetail, showOpportunity } from '../../app/opportunity-detail.service.js';
import { listPrinciples, listTriggers } from '../../app/queries.js';
import type { Principle, Trigger } from '../../core/domain.js';
import { longDate } from '../../core/iso-week.js';
import { CLOSED_STAGES, nextStages, offerSummary } from '../../core/opportunities/domain.js';
import type { Suggestion } from '../../core/opportunities/match.js';
import { input, radios, select, textarea } from '../fields.js';
import { amount, type Form, fieldValue, num, readForm, text, yesNo } from '../form.js';
import { csrfField, formError, type Html, notice } from '../html.js';
import { attempt, type FormState, page, type WebDeps, wholeFormError } from '../page.js';
import { SEVERITY, STAGE_LABEL, severityTag } from './opportunity.shared.js';

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

interface View {
  d: OpportunityDetail;
  triggers: Trigger[];
  principles: Principle[];
}

/**
 * The failed form as the page names it (an answer's by its question's `ref`, whether `leave`, a slug or
 * an id was posted), or undefined when the page renders no such form: its message then goes at the top.
 */
function placed(d: OpportunityDetail, state: FormState): FormState | undefined {
  const f = state.form;
  if (['move', 'offer', 'contact', 'note', 'principle'].includes(f)) return state;
  if (f.startsWith('answer-')) {
    const ref = f.slice('answer-'.length).toLowerCase();
    const q = d.questions.find((x) => x.ref === ref || x.slug === ref || (ref === 'leave' && x.origin === 'leave'));
    return q ? { ...state, form: `answer-${q.ref}` } : undefined;
  }
  const id = Number(f.replace(/^flag-(answer|note)-/, ''));
  const shown = f.startsWith('flag-answer-') ? d.answers.some((a) => a.id === id) : f.startsWith('flag-note-') && d.notes.some((n) => n.id === id);
  return shown ? state : undefined;
}

const formFor = (state: FormState | undefined, name: string) => (state?.form === name ? state : undefined);
const typedIn =
  (s: FormState | undefined) =>
  (k: string, fallback = '') =>
    s ? fieldValue(s.values, k) : fallback;

/** The trigger choices for flagging, the suggested ones first and saying why. */
function triggerOptions(triggers: Trigger[], suggestions: Suggestion[], none?: string): (readonly [string, string])[] {
  const suggested = new Map(suggestions.map((s) => [s.triggerId, s]));
  const active = triggers.filter((t) => t.active);
  const ordered = [...active.filter((t) => suggested.has(t.id)), ...active.filter((t) => !suggested.has(t.id))];
  return [
    ...(none ? [['', none] as const] : []),
    ...ordered.map((t) => {
      const s = suggested.get(t.id);
      return [String(t.id), s ? `${t.slug} (suggested: ${s.words.map((w) => w.word).join(', ')})` : t.slug] as const;
    }),
  ];
}

function suggestionLine(suggestions: Suggestion[]): Html {
  if (suggestions.length === 0) return html``;
  return html`<p class="suggest">Maybe a red flag: ${suggestions.map(
    (s, i) =>
      html`${i ? '; ' : ''}<strong>${s.slug}</strong> <span class="hint">(${s.words.map((w) => `“${w.word}”${w.from === 'observations' ? ' as in your notes' : ''}`).join(', ')})</span>`,
  )}</p>`;
}

/** A compact form to flag one answer or note against a trigger. */
function flagForm(deps: WebDeps, v: View, source: 'answer' | 'note', id: number, suggestions: Suggestion[], state: FormState | undefined): Html {
  const s = formFor(state, `flag-${source}-${id}`);
  const val = typedIn(s);
  const prefix = `flag-${source}-${id}`;
  const form = html`<form method="post" action="/opportunities/${v.d.opportunity.id}/flags" class="inline">${csrfField(deps.csrf)}
<input type="hidden" name="${source}" value="${id}">
${select({ name: 'trigger', label: 'Flag against', value: val('trigger', suggestions[0] ? String(suggestions[0].triggerId) : ''), options: triggerOptions(v.triggers, suggestions), idPrefix: prefix })}
${select({ name: 'severity', label: 'Severity', value: val('severity', '1'), error: s?.fields?.severity, options: SEVERITY, idPrefix: prefix })}
<button type="submit" class="quiet">Flag it</button>
</form>${formError(wholeFormError(s, ['severity']))}`;
  // With a suggestion the form is in view; otherwise it waits behind a summary, out of the way.
  if (suggestions.length || s) return form;
  return html`<details><summary>Flag it against a trigger<span class="visually-hidden"> (${source} ${id})</span></summary>${form}</details>`;
}

function flagsOf(v: View, source: 'answer' | 'note', id: number): Html {
  const flags = v.d.redFlags.flatMap((g) => g.flags).filter((f) => f.source === source && (source === 'answer' ? f.answerId : f.noteId) === id);
  if (flags.length === 0) return html``;
  return html`<p class="flags">Flagged: ${flags.map((f, i) => html`${i ? ', ' : ''}<strong>${f.slug}</strong> (${severityTag(f.severity)})`)}</p>`;
}

function redFlags(v: View): Html {
  if (v.d.redFlags.length === 0) {
    return html`<p>None flagged yet. When an answer or a note sounds like one of your triggers, flag it: Keel suggests which.</p>`;
  }
  return html`${v.d.redFlags.map((g) => {
    const worst = Math.max(...g.flags.map((f) => f.severity));
    return html`<div class="flag-group"><h3>${g.text} <span class="hint">${g.slug}</span></h3>
<p class="hint">${g.flags.length} ${g.flags.length === 1 ? 'flag' : 'flags'}, worst ${severityTag(worst)}</p>
<ul>${g.flags.map(
      (f) =>
        html`<li><time datetime="${f.on}">${f.on}</time> · ${severityTag(f.severity)} · ${f.source === 'answer' ? 'answer' : 'note'}${f.who ? ` from ${f.who}` : ''}: ${f.text}</li>`,
    )}</ul></div>`;
  })}`;
}

function questions(deps: WebDeps, v: View, state: FormState | undefined): Html {
  const closed = CLOSED_STAGES.includes(v.d.opportunity.stage);
  return html`<ol class="questions">${v.d.questions.map((q, i) => {
    const answers = q.id === null ? [] : v.d.answers.filter((a) => a.questionId === q.id);
    const s = formFor(state, `answer-${q.ref}`);
    const val = typedIn(s);
    const f = s?.fields ?? {};
    const prefix = `ans-${i}`;
    return html`<li><p class="question">${q.text}${q.slug ? html` <span class="hint">· ${q.slug}</span>` : ''}</p>
${
  answers.length
    ? html`<ul class="answers">${answers.map(
        (a) => html`<li><blockquote>${a.text}</blockquote>
<p class="hint"><time datetime="${a.answeredOn}">${a.answeredOn}</time>${a.who ? ` · ${a.who}` : ''}</p>
${flagsOf(v, 'answer', a.id)}${suggestionLine(a.suggestions)}${flagForm(deps, v, 'answer', a.id, a.suggestions, state)}</li>`,
      )}</ul>`
    : ''
}
${
  closed && !s
    ? ''
    : html`<details${s ? html` open` : ''}><summary>Record ${answers.length ? 'another answer' : 'the answer'}<span class="visually-hidden"> to question ${i + 1}</span></summary>
<form method="post" action="/opportunities/${v.d.opportunity.id}/answers">${csrfField(deps.csrf)}
<input type="hidden" name="question" value="${q.ref}">
${formError(s && !s.fields ? s.error : undefined)}
${textarea({ name: 'text', label: 'What they said', value: val('text'), error: f.text, required: true, maxlength: 5000, rows: 3, idPrefix: prefix })}
<div class="row">
${input({ name: 'who', label: 'Who (optional)', value: val('who'), error: f.who, maxlength: 200, size: 18, idPrefix: prefix })}
${input({ name: 'on', label: 'When', type: 'date', value: val('on', deps.ctx.clock.today()), error: f.answeredOn, required: true, idPrefix: prefix })}
</div>
<div class="row">
${select({ name: 'flag', label: 'A red flag? (optional)', value: val('flag'), options: triggerOptions(v.triggers, [], 'No'), idPrefix: prefix })}
${select({ name: 'severity', label: 'Severity', value: val('severity', '1'), error: f.severity, options: SEVERITY, idPrefix: prefix })}
</div>
<button type="submit">Save answer</button>
</form></details>`
}</li>`;
  })}</ol>`;
}

function notes(deps: WebDeps, v: View, state: FormState | undefined): Html {
  const s = formFor(state, 'note');
  const val = typedIn(s);
  const f = s?.fields ?? {};
  return html`${
    v.d.notes.length
      ? html`<ul class="notes">${[...v.d.notes].reverse().map(
          (n) => html`<li><p>${n.text}</p>
<p class="hint"><time datetime="${n.notedOn}">${longDate(n.notedOn)}</time>${n.who ? ` · ${n.who}${n.whoRole ? `, ${n.whoRole}` : ''}` : ''}</p>
${flagsOf(v, 'note', n.id)}${suggestionLine(n.suggestions)}${flagForm(deps, v, 'note', n.id, n.suggestions, state)}</li>`,
        )}</ul>`
      : html`<p>No notes yet. After each conversation, write down what struck you, and who said it.</p>`
  }
<h3>Add a note</h3>
<form method="post" action="/opportunities/${v.d.opportunity.id}/notes">${csrfField(deps.csrf)}
${formError(s && !s.fields ? s.error : undefined)}
${textarea({ name: 'text', label: 'What struck you', value: val('text'), error: f.text, required: true, maxlength: 5000, rows: 3, idPrefix: 'note' })}
<div class="row">
${input({ name: 'who', label: 'Who (optional)', value: val('who'), error: f.who, maxlength: 200, size: 18, idPrefix: 'note' })}
${input({ name: 'role', label: 'Their role (optional)', value: val('role'), error: f.whoRole, maxlength: 200, size: 18, idPrefix: 'note' })}
${input({ name: 'on', label: 'When', type: 'date', value: val('on', deps.ctx.clock.today()), error: f.notedOn, required: true, idPrefix: 'note' })}
</div>
<div class="row">
${select({ name: 'flag', label: 'A red flag? (optional)', value: val('flag'), options: triggerOptions(v.triggers, [], 'No'), idPrefix: 'note' })}
${select({ name: 'severity', label: 'Severity', value: val('severity', '1'), error: f.severity, options: SEVERITY, idPrefix: 'note' })}
</div>
<button type="submit">Save note</button>
</form>`;
}

function stages(deps: WebDeps, v: View, state: FormState | undefined): Html {
  const o = v.d.opportunity;
  const s = formFor(state, 'move');
  const val = typedIn(s);
  const f = s?.fields ?? {};
  const next = nextStages(o.stage);
  return html`<table><thead><tr><th>Date</th><th>Stage</th><th>Note</th></tr></thead><tbody>
${v.d.moves.map((m) => html`<tr><td class="date">${m.movedOn}</td><td>${STAGE_LABEL[m.stage]}</td><td>${m.note ?? ''}</td></tr>`)}
</tbody></table>
${
  next.length
    ? html`<form method="post" action="/opportunities/${o.id}/move">${csrfField(deps.csrf)}
${formError(s && !s.fields ? s.error : undefined)}
<div class="row">
${select({ name: 'stage', label: 'Move to', value: val('stage', next[0]), error: f.stage, options: next.map((x) => [x, STAGE_LABEL[x]] as const), idPrefix: 'move' })}
${input({ name: 'on', label: 'On', type: 'date', value: val('on', deps.ctx.clock.today()), error: f.movedOn, required: true, idPrefix: 'move' })}
</div>
${input({ name: 'note', label: 'Note (optional)', value: val('note'), error: f.note, maxlength: 2000, idPrefix: 'move' })}
${o.stage !== 'offer' ? html`<p class="hint">Accepting or declining comes after an offer; record the offer below first.</p>` : ''}
<button type="submit">Move</button>
</form>`
    : html`<p class="hint">${STAGE_LABEL[o.stage]}: a decision closes an opportunity.</p>`
}`;
}

function offer(deps: WebDeps, v: View, state: FormState | undefined): Html {
  const o = v.d.opportunity;
  const s = formFor(state, 'offer');
  const current = o.offer;
  const val = typedIn(s);
  const f = s?.fields ?? {};
  const open = !CLOSED_STAGES.includes(o.stage);
  return html`${current ? html`<p><strong>${offerSummary(current)}</strong>${current.note ? html`<br>${current.note}` : ''}</p>` : html`<p>No offer yet.</p>`}
${
  open
    ? html`<details${s ? html` open` : ''}><summary>${current ? 'Change the offer' : 'Record an offer'}</summary>
<form method="post" action="/opportunities/${o.id}/offer">${csrfField(deps.csrf)}
${formError(s && !s.fields ? s.error : undefined)}
<div class="row">
${input({ name: 'pay', label: 'Yearly pay', value: val('pay', current ? String(current.pay) : ''), error: f.pay, required: true, size: 12, hint: 'e.g. 185000', idPrefix: 'offer' })}
${input({ name: 'currency', label: 'Currency (optional)', value: val('currency', current?.currency ?? ''), error: f.currency, size: 5, maxlength: 3, hint: 'e.g. EUR', idPrefix: 'offer' })}
${input({ name: 'level', label: 'Level (optional)', value: val('level', current?.level ?? ''), error: f.level, size: 10, maxlength: 100, idPrefix: 'offer' })}
</div>
<div class="row">
${select({
  name: 'track',
  label: 'Track (optional)',
  value: val('track', current?.track ?? ''),
  error: f.track,
  options: [
    ['', 'Not said'],
    ['ic', 'Individual contributor'],
    ['manager', 'Manager'],
  ],
  idPrefix: 'offer',
})}
${input({ name: 'deadline', label: 'Decide by (optional)', type: 'date', value: val('deadline', current?.deadline ?? ''), error: f.deadline, idPrefix: 'offer' })}
</div>
${input({ name: 'note', label: 'Note (optional)', value: val('note', current?.note ?? ''), error: f.note, maxlength: 2000, idPrefix: 'offer' })}
<button type="submit">Save offer</button>
</form></details>`
    : ''
}`;
}

function contacts(deps: WebDeps, v: View, state: FormState | undefined): Html {
  const s = formFor(state, 'contact');
  const val = typedIn(s);
  const f = s?.fields ?? {};
  return html`${
    v.d.contacts.length
      ? html`<ul>${v.d.contacts.map((x) => html`<li><strong>${x.name}</strong>${x.role ? `, ${x.role}` : ''}${x.note ? html` · ${x.note}` : ''}</li>`)}</ul>`
      : html`<p>No contacts yet.</p>`
  }
<form method="post" action="/opportunities/${v.d.opportunity.id}/contacts">${csrfField(deps.csrf)}
${formError(s && !s.fields ? s.error : undefined)}
<div class="row">
${input({ name: 'name', label: 'Name', value: val('name'), error: f.name, required: true, maxlength: 200, size: 18, idPrefix: 'contact' })}
${input({ name: 'role', label: 'Role (optional)', value: val('role'), error: f.role, maxlength: 200, size: 18, idPrefix: 'contact' })}
</div>
${input({ name: 'note', label: 'Note (optional)', value: val('note'), error: f.note, maxlength: 2000, idPrefix: 'contact' })}
<button type="submit" class="quiet">Add contact</button>
</form>`;
}

function principles(deps: WebDeps, v: View, state: FormState | undefined): Html {
  const s = formFor(state, 'principle');
  const val = typedIn(s);
  const f = s?.fields ?? {};
  const active = v.principles.filter((p) => p.retiredAt === null);
  return html`${
    v.d.principles.length
      ? html`<ul>${v.d.principles.map(
          (p) =>
            html`<li><strong>${p.fits ? 'Fits' : 'Goes against'}</strong>: <a href="/doc/${p.principleId}">${p.text}</a>${p.note ? html` · ${p.note}` : ''}</li>`,
        )}</ul>`
      : html`<p>Mark the principles of your document this opportunity fits, or goes against; they appear in the comparison.</p>`
  }
${
  active.length
    ? html`<form method="post" action="/opportunities/${v.d.opportunity.id}/principles">${csrfField(deps.csrf)}
${formError(s && !s.fields ? s.error : undefined)}
${select({ name: 'principle', label: 'Principle', value: val('principle'), error: f.principle, options: active.map((p) => [String(p.id), p.text.length > 90 ? `${p.text.slice(0, 89)}…` : p.text] as const), idPrefix: 'pr' })}
${radios({
  name: 'fits',
  label: 'This opportunity',
  value: val('fits', 'yes'),
  error: f.fits,
  options: [
    ['yes', 'fits it'],
    ['no', 'goes against it'],
  ],
  idPrefix: 'pr',
})}
${input({ name: 'note', label: 'Why (optional)', value: val('note'), error: f.note, maxlength: 2000, idPrefix: 'pr' })}
<button type="submit" class="quiet">Mark principle</button>
</form>`
    : ''
}`;
}

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
      (id, form) => moveOpportunity(deps.ctx, id, { stage: text(form, 'stage'), on: text(form, 'on') ?? '', note: text(form, 'note') }),
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
          on: text(form, 'on') ?? '',
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
          on: text(form, 'on') ?? '',
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
