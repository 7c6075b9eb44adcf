import { html } from 'hono/html';
import { CLOSED_STAGES, nextStages, offerSummary } from '../../../core/opportunities/domain.js';
import { input, radios, select } from '../../fields.js';
import { csrfField, formError, type Html } from '../../html.js';
import type { FormState, WebDeps } from '../../page.js';
import { STAGE_LABEL } from '../opportunity.shared.js';
import { formFor, typedIn, type View } from './view.js';

export function stages(deps: WebDeps, v: View, state: FormState | undefined): Html {
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

export function offer(deps: WebDeps, v: View, state: FormState | undefined): Html {
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

export function contacts(deps: WebDeps, v: View, state: FormState | undefined): Html {
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

export function principles(deps: WebDeps, v: View, state: FormState | undefined): Html {
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
