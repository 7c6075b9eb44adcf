/** Leave triggers: the list, adding, renaming, retiring, restoring and observing one, and each trigger's history. */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { listObservations, listTriggers, triggerTallies } from '../../app/queries.js';
import { addTrigger, observe, renameTrigger, restoreTrigger, retireTrigger } from '../../app/triggers.service.js';
import type { Trigger } from '../../core/domain.js';
import { SLUG_MAX } from '../../core/slug.js';
import { input, radios, select, textarea } from '../fields.js';
import { fieldValue, num, readForm, text } from '../form.js';
import { csrfField, formError, type Html, notice } from '../html.js';
import { attempt, type FormState, page, type WebDeps } from '../page.js';

const DONE: Record<string, string> = {
  added: 'Added the trigger.',
  retired: 'Retired the trigger; its history stays.',
  observed: 'Noted. Thank you for writing it down.',
};
const SEVERITY = [
  ['1', '1 · a hint'],
  ['2', '2 · clear'],
  ['3', '3 · serious'],
] as const;

type Tally = Awaited<ReturnType<typeof triggerTallies>>[number];

function observeForm(deps: WebDeps, triggers: Trigger[], state: FormState | undefined, only?: Trigger): Html {
  const s = state?.form === 'observe' ? state : undefined;
  const f = s?.fields ?? {};
  const v = (k: string, fallback = '') => (s ? fieldValue(s.values, k) : fallback);
  return html`<form method="post" action="/observe">${csrfField(deps.csrf)}
${formError(s && !s.fields ? s.error : undefined)}
${
  only
    ? html`<input type="hidden" name="trigger" value="${only.id}"><input type="hidden" name="back" value="trigger">`
    : select({
        name: 'trigger',
        label: 'Which trigger?',
        value: v('trigger'),
        options: triggers.filter((t) => t.active).map((t) => [String(t.id), t.text] as const),
        idPrefix: 'obs',
      })
}
<div class="row">
${input({ name: 'on', label: 'When', type: 'date', value: v('on', deps.ctx.clock.today()), error: f.observedOn, required: true, idPrefix: 'obs' })}
${radios({ name: 'severity', label: 'How strong?', options: SEVERITY, value: v('severity', '1'), error: f.severity, idPrefix: 'obs' })}
</div>
${textarea({ name: 'note', label: 'What happened? (optional)', value: v('note'), error: f.note, maxlength: 5000, idPrefix: 'obs' })}
<button type="submit">Note it</button>
</form>`;
}

function addForm(deps: WebDeps, state: FormState | undefined): Html {
  const s = state?.form === 'add' ? state : undefined;
  const f = s?.fields ?? {};
  const v = (k: string, fallback = '') => (s ? fieldValue(s.values, k) : fallback);
  return html`<form method="post" action="/triggers">${csrfField(deps.csrf)}
${formError(s && !s.fields ? s.error : undefined)}
${input({ name: 'text', label: 'What would make you leave?', value: v('text'), error: f.text, required: true, maxlength: 500, idPrefix: 'add' })}
<div class="row">
${input({ name: 'weight', label: 'Weight (1–10)', type: 'number', min: 1, max: 10, value: v('weight', '1'), error: f.weight, size: 4, idPrefix: 'add' })}
${input({ name: 'slug', label: 'Short name (optional)', value: v('slug'), error: f.slug, hint: 'e.g. no-growth', size: 16, idPrefix: 'add' })}
</div>
<button type="submit">Add trigger</button>
</form>`;
}

/** A new short name for one trigger, folded away until asked for (or open with its message after a failed post). */
function renameForm(deps: WebDeps, t: Trigger, state: FormState | undefined): Html {
  const s = state?.form === `rename-${t.id}` ? state : undefined;
  return html`<details${s ? html` open` : ''}><summary>Rename<span class="visually-hidden"> ${t.slug}</span></summary>
<form method="post" action="/triggers/${t.id}/rename" class="inline">${csrfField(deps.csrf)}
${formError(s && !s.fields ? s.error : undefined)}
${input({ name: 'slug', label: `New short name for ${t.slug}`, value: s ? fieldValue(s.values, 'slug') : t.slug, error: s?.fields?.slug, required: true, maxlength: SLUG_MAX, size: 20, hint: 'lowercase words joined by dashes', idPrefix: `rename-${t.id}` })}
<button type="submit" class="quiet">Rename<span class="visually-hidden"> ${t.slug}</span></button>
</form></details>`;
}

function row(deps: WebDeps, t: Trigger, tally: Tally | undefined, state: FormState | undefined): Html {
  return html`<tr><td>${t.text}<br><span class="hint">${t.slug}${t.weight !== 1 ? ` · weight ${t.weight}` : ''}</span></td>
<td class="num">${tally?.count ?? 0}</td><td class="date">${tally?.lastOn ?? '—'}</td>
<td><div class="actions"><a href="/triggers/${t.id}">History<span class="visually-hidden"> of ${t.slug}</span></a>
${
  t.active
    ? html`<form method="post" action="/triggers/${t.id}/retire">${csrfField(deps.csrf)}<button type="submit" class="quiet">Retire<span class="visually-hidden"> ${t.slug}</span></button></form>`
    : html`<form method="post" action="/triggers/${t.id}/restore">${csrfField(deps.csrf)}<button type="submit" class="quiet">Restore<span class="visually-hidden"> ${t.slug}</span></button></form>`
}</div>${t.active ? renameForm(deps, t, state) : ''}</td></tr>`;
}

/** The message after a redirect; `t` names the trigger it was about (looked up, never echoed from the address). */
function flash(c: Context, triggers: Trigger[]): string | undefined {
  const done = c.req.query('done') ?? '';
  const t = triggers.find((x) => String(x.id) === c.req.query('t'));
  if (done === 'restored' && t) return `Restored '${t.slug}'.`;
  if (done === 'renamed' && t) {
    const n = Number(/^\d{1,4}$/.test(c.req.query('rules') ?? '') ? c.req.query('rules') : 0);
    return `Renamed '${t.text}' to ${t.slug}${n ? `; ${n === 1 ? 'the rule that watches it follows' : `the ${n} rules that watch it follow`}` : ''}.`;
  }
  return DONE[done];
}

async function triggersPage(c: Context, deps: WebDeps, state?: FormState, status: ContentfulStatusCode = 200) {
  const [triggers, tallies] = await Promise.all([listTriggers(deps.ctx), triggerTallies(deps.ctx)]);
  const byTrigger = new Map(tallies.map((x) => [x.triggerId, x]));
  const table = (list: Trigger[]) =>
    html`<table><thead><tr><th>Trigger</th><th class="num">Noted</th><th>Last</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
<tbody>${list.map((t) => row(deps, t, byTrigger.get(t.id), state))}</tbody></table>`;
  const active = triggers.filter((t) => t.active);
  const retired = triggers.filter((t) => !t.active);
  // A rename of a trigger that has no form on the page (unknown or retired): its message goes above the list.
  const lost = state?.form.startsWith('rename-') && !active.some((t) => state.form === `rename-${t.id}`);
  return page(c, deps, {
    title: 'Triggers',
    path: '/triggers',
    status,
    body: html`<h1>Leave triggers</h1>
<p>Know in advance what would make you leave. No single trigger decides; several around the same time do.</p>
${notice(flash(c, triggers))}
${formError(state?.form === 'retire' || state?.form === 'restore' ? state.error : lost ? (state?.fields?.slug ? `New short name ${state.fields.slug}` : state?.error) : undefined)}
${active.length ? html`<h2>Noticed one?</h2>${observeForm(deps, triggers, state)}` : ''}
<h2>Your triggers</h2>
${active.length ? table(active) : html`<p>No active triggers yet. Add the first one below.</p>`}
<h2>Add a trigger</h2>
${addForm(deps, state)}
${retired.length ? html`<h2>Retired</h2>${table(retired)}` : ''}`,
  });
}

async function historyPage(c: Context, deps: WebDeps, id: number, state?: FormState, status: ContentfulStatusCode = 200) {
  const [triggers, observations] = await Promise.all([listTriggers(deps.ctx), listObservations(deps.ctx, id)]);
  const t = triggers.find((x) => x.id === id);
  if (!t) return c.notFound();
  const seen = observations.reverse();
  return page(c, deps, {
    title: t.slug,
    path: '/triggers',
    status,
    body: html`<p><a href="/triggers">← All triggers</a></p>
<h1>${t.text}</h1>
<p class="hint">${t.slug} · weight ${t.weight} · ${t.active ? `added ${t.createdAt.slice(0, 10)}` : `retired ${t.retiredAt?.slice(0, 10) ?? ''}`}</p>
${notice(DONE[c.req.query('done') ?? ''])}
<h2>History</h2>
${
  seen.length
    ? html`<table><thead><tr><th>Date</th><th>Week</th><th class="num">Severity</th><th>Note</th></tr></thead><tbody>
${seen.map((o) => html`<tr><td class="date">${o.observedOn}</td><td class="date">${o.week}</td><td class="num">${o.severity}</td><td>${o.note ?? ''}</td></tr>`)}</tbody></table>`
    : html`<p>Not noted yet.</p>`
}
${t.active ? html`<h2>Noticed it again?</h2>${observeForm(deps, triggers, state, t)}` : ''}`,
  });
}

export function registerTriggers(app: Hono, deps: WebDeps): void {
  app.get('/triggers', (c) => triggersPage(c, deps));
  app.get('/triggers/:id{[0-9]+}', (c) => historyPage(c, deps, Number(c.req.param('id'))));

  app.post('/triggers', async (c) => {
    const form = await readForm(c);
    return attempt(
      () => addTrigger(deps.ctx, { text: text(form, 'text'), weight: num(form, 'weight'), slug: text(form, 'slug') }),
      () => c.redirect('/triggers?done=added', 303),
      (error, status, fields) => triggersPage(c, deps, { form: 'add', values: form, fields, error }, status),
    );
  });

  app.post('/triggers/:id{[0-9]+}/retire', (c) =>
    attempt(
      () => retireTrigger(deps.ctx, c.req.param('id')),
      () => c.redirect('/triggers?done=retired', 303),
      (error, status) => triggersPage(c, deps, { form: 'retire', values: {}, error }, status),
    ),
  );

  app.post('/triggers/:id{[0-9]+}/restore', (c) =>
    attempt(
      () => restoreTrigger(deps.ctx, c.req.param('id')),
      (t) => c.redirect(`/triggers?done=restored&t=${t.id}`, 303),
      (error, status) => triggersPage(c, deps, { form: 'restore', values: {}, error }, status),
    ),
  );

  app.post('/triggers/:id{[0-9]+}/rename', async (c) => {
    const form = await readForm(c);
    const id = c.req.param('id');
    return attempt(
      () => renameTrigger(deps.ctx, id, text(form, 'slug')),
      (r) => c.redirect(`/triggers?done=renamed&t=${r.trigger.id}&rules=${r.rulesFollowed}`, 303),
      (error, status, fields) => triggersPage(c, deps, { form: `rename-${id}`, values: form, fields, error }, status),
    );
  });

  app.post('/observe', async (c) => {
    const form = await readForm(c);
    const trigger = text(form, 'trigger') ?? '';
    const back = text(form, 'back') === 'trigger' && /^\d+$/.test(trigger) ? Number(trigger) : null;
    return attempt(
      // The date is required here: an emptied one is refused, not taken as today.
      () => observe(deps.ctx, { trigger, observedOn: text(form, 'on') ?? '', severity: num(form, 'severity'), note: text(form, 'note') }),
      (o) => c.redirect(back === null ? '/triggers?done=observed' : `/triggers/${o.triggerId}?done=observed`, 303),
      (error, status, fields) => {
        const state: FormState = { form: 'observe', values: form, fields, error };
        return back === null ? triggersPage(c, deps, state, status) : historyPage(c, deps, back, state, status);
      },
    );
  });
}
