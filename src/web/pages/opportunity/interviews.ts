import { html } from 'hono/html';
import type { Trigger } from '../../../core/domain.js';
import { longDate } from '../../../core/iso-week.js';
import { CLOSED_STAGES } from '../../../core/opportunities/domain.js';
import type { Suggestion } from '../../../core/opportunities/match.js';
import { input, select, textarea } from '../../fields.js';
import { csrfField, formError, type Html } from '../../html.js';
import { type FormState, type WebDeps, wholeFormError } from '../../page.js';
import { SEVERITY, severityTag } from '../opportunity.shared.js';
import { formFor, typedIn, type View } from './view.js';

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

export function redFlags(v: View): Html {
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

export function questions(deps: WebDeps, v: View, state: FormState | undefined): Html {
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

export function notes(deps: WebDeps, v: View, state: FormState | undefined): Html {
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
