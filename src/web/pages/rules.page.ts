/** Rules are data: each with the principle it checks, its parameters (each validated when saved), and on/off. */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { listRules } from '../../app/queries.js';
import { setRuleEnabled, setRuleParam } from '../../app/rules.service.js';
import type { Rule } from '../../core/rules.js';
import { readForm, text } from '../form.js';
import { csrfField, formError, type Html, notice, sentence } from '../html.js';
import { attempt, page, type WebDeps } from '../page.js';

const HINTS: Record<string, string> = {
  weeks: 'the window, in weeks',
  watch: 'count that makes it WATCH (empty: never)',
  look: 'count that makes it LOOK (empty: never)',
  metric: 'satisfaction, energy, growth or quality',
  atMost: 'answers at or below this count (1–5)',
  count: 'weeks needed',
  hoursAtLeast: 'hours at or above',
  qualityAtMost: 'quality at or below (1–5)',
  years: 'years in the job',
  searchWithinYears: 'no search within these years',
  trigger: 'a trigger slug (empty: any)',
  below: 'WHO-5 below this nudges',
  severeAtMost: 'WHO-5 at or below this: stronger wording',
  drop: 'a drop of this many points is called out',
  nudgeAt: 'CBI at or above this nudges to rest',
  watchAt: 'CBI at or above this is also a WATCH (empty: never)',
};

interface Failure {
  rule: string;
  key: string;
  value: string;
  message: string;
}

function paramRow(deps: WebDeps, rule: Rule, key: string, value: unknown, failed?: Failure): Html {
  // The instrument names the questionnaire the other parameters belong to: not a setting.
  if (key === 'instrument') return html`<tr><th scope="row">instrument</th><td>${String(value)}</td><td></td></tr>`;
  const mine = failed && failed.rule === rule.name && failed.key === key ? failed : undefined;
  const id = `${rule.name}-${key}`;
  return html`<tr><th scope="row"><label for="${id}">${key}</label></th>
<td><form method="post" action="/rules/${rule.name}/params" class="param">${csrfField(deps.csrf)}<input type="hidden" name="key" value="${key}">
<input id="${id}" name="value" type="text" size="9" value="${mine ? mine.value : value === null ? '' : String(value)}" aria-describedby="${id}-hint${mine ? ` ${id}-error` : ''}"${mine ? html` aria-invalid="true"` : ''}>
<button type="submit" class="quiet">Save<span class="visually-hidden"> ${rule.name} ${key}</span></button>
${mine ? html`<br><span class="error" id="${id}-error">${sentence(mine.message)}</span>` : ''}</form></td>
<td class="hint" id="${id}-hint">${HINTS[key] ?? ''}</td></tr>`;
}

const levels = (p: { watch: number | null; look: number | null }): string =>
  [p.watch !== null ? `WATCH at ${p.watch}` : '', p.look !== null ? `LOOK at ${p.look}` : ''].filter(Boolean).join(', ');

/** The rule in one line of plain words, from its current parameters. */
function describeRule(r: Rule): string {
  switch (r.kind) {
    case 'cluster':
      return `Different triggers noted in the last ${r.params.weeks} weeks: ${levels(r.params)}.`;
    case 'repeat':
      return `Weeks of the last ${r.params.weeks} in which ${r.params.trigger ?? 'the same trigger'} was noted: ${levels(r.params)}.`;
    case 'sustained':
      return `Check-ins with ${r.params.metric} ${r.params.atMost} or lower in the last ${r.params.weeks} weeks: ${levels(r.params)}.`;
    case 'flag':
      return `Weeks where health and happiness were not respected, of the last ${r.params.weeks}: ${levels(r.params)}.`;
    case 'workload':
      return `${r.params.count} of the last ${r.params.weeks} weeks at ${r.params.hoursAtLeast}+ hours and quality ${r.params.qualityAtMost} or lower: a nudge to rest.`;
    case 'tenure':
      return `${r.params.years} years in the job with no search in ${r.params.searchWithinYears} years: a nudge for a light search.`;
    case 'instrument':
      return r.params.instrument === 'who5'
        ? `WHO-5 below ${r.params.below}, or a drop of ${r.params.drop} points: a nudge to look after yourself.`
        : `Burnout self-check at ${r.params.nudgeAt} or more: a nudge to rest${r.params.watchAt !== null ? `; ${r.params.watchAt} or more: WATCH` : ''}.`;
    case 'absence':
      return `No win logged in the last ${r.params.weeks} weeks while checking in: a nudge to log one.`;
  }
}

function ruleDetails(deps: WebDeps, r: Rule, principle: string, open: boolean, failed?: Failure): Html {
  return html`<details id="rule-${r.name}"${open ? html` open` : ''}>
<summary><strong>${r.name}</strong> <span class="muted">${r.enabled ? '' : '(off) '}${describeRule(r)}</span></summary>
<blockquote>“${principle}”</blockquote>
${formError(failed?.rule === r.name && !(failed.key in r.params) ? failed.message : undefined)}
<table class="params"><thead><tr><th>Parameter</th><th>Value</th><th>Meaning</th></tr></thead>
<tbody>${Object.entries(r.params as Record<string, unknown>).map(([k, v]) => paramRow(deps, r, k, v, failed))}</tbody></table>
<form method="post" action="/rules/${r.name}/enabled">${csrfField(deps.csrf)}<input type="hidden" name="enabled" value="${r.enabled ? 'no' : 'yes'}">
<button type="submit" class="quiet">${r.enabled ? 'Turn off' : 'Turn on'}<span class="visually-hidden"> ${r.name}</span></button></form>
</details>`;
}

async function rulesPage(c: Context, deps: WebDeps, failed?: Failure, status: ContentfulStatusCode = 200) {
  const [rules, principles] = await Promise.all([listRules(deps.ctx), deps.ctx.store.listPrinciples()]);
  const quote = new Map(principles.map((p) => [p.id, p.text]));
  const done = c.req.query('done');
  const opened = failed?.rule ?? c.req.query('open');
  return page(c, deps, {
    title: 'Rules',
    path: '/rules',
    status,
    body: html`<h1>Rules</h1>
<p>Your verdict comes from these rules. Each checks one of your principles; open one to change its numbers. A rule never fires on missing data.</p>
${notice(done === 'saved' ? 'Saved. The verdict above already uses it.' : done === 'toggled' ? 'Saved.' : null)}
${formError(failed && !rules.some((r) => r.name === failed.rule) ? failed.message : undefined)}
${rules.map((r) => ruleDetails(deps, r, (r.principleId !== null ? quote.get(r.principleId) : undefined) ?? r.belief, r.name === opened, failed))}`,
  });
}

export function registerRules(app: Hono, deps: WebDeps): void {
  app.get('/rules', (c) => rulesPage(c, deps));

  app.post('/rules/:name/params', async (c) => {
    const form = await readForm(c);
    const rule = c.req.param('name');
    const key = text(form, 'key') ?? '';
    const value = text(form, 'value') ?? '';
    return attempt(
      () => setRuleParam(deps.ctx, rule, key, value === '' ? 'null' : value),
      () => c.redirect(`/rules?done=saved&open=${encodeURIComponent(rule)}#rule-${rule}`, 303),
      (message, status) => rulesPage(c, deps, { rule, key, value, message }, status),
    );
  });

  app.post('/rules/:name/enabled', async (c) => {
    const rule = c.req.param('name');
    const enabled = text(await readForm(c), 'enabled');
    if (enabled !== 'yes' && enabled !== 'no') return rulesPage(c, deps, { rule, key: '', value: '', message: 'enabled must be yes or no' }, 400);
    return attempt(
      () => setRuleEnabled(deps.ctx, rule, enabled === 'yes'),
      () => c.redirect(`/rules?done=toggled&open=${encodeURIComponent(rule)}#rule-${rule}`, 303),
      (message, status) => rulesPage(c, deps, { rule, key: '', value: '', message }, status),
    );
  });
}
