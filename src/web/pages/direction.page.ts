/** Direction: where you are heading (track, staff archetype, wide or deep), its history, and goals backed by wins. */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { addGoal, linkEvidence, setDirection } from '../../app/direction.service.js';
import { type GoalWithEvidence, showDirection } from '../../app/opportunities.queries.js';
import { listAccomplishments } from '../../app/queries.js';
import {
  ARCHETYPE_MEANING,
  ARCHETYPES,
  type Archetype,
  BREADTHS,
  type Breadth,
  CAREER_TRACKS,
  type CareerTrack,
  type Direction,
} from '../../core/direction.js';
import type { Accomplishment } from '../../core/domain.js';
import { addDays, longDate } from '../../core/iso-week.js';
import { checkboxes, input, radios, textarea } from '../fields.js';
import { fieldValue, list, readForm, text } from '../form.js';
import { csrfField, formError, type Html, notice } from '../html.js';
import { attempt, type FormState, page, type WebDeps } from '../page.js';

const DONE: Record<string, string> = {
  set: 'Saved your direction.',
  unchanged: 'Nothing changed: your direction is as it was.',
  goal: 'Added the goal.',
  linked: 'Linked as evidence.',
};

export const TRACK: Record<CareerTrack, string> = { manager: 'Manager', 'principal-ic': 'Principal IC', undecided: 'Undecided' };
const TRACK_MEANING: Record<CareerTrack, string> = {
  manager: 'grows through people: hiring, coaching, and helping a team do its best work',
  'principal-ic': 'grows through technical scope as an individual contributor: hard problems, wide designs, standards others build on',
  undecided: 'keeps both doors open for now; that is a fine answer',
};
export const ARCHETYPE: Record<Archetype, string> = { 'tech-lead': 'Tech lead', architect: 'Architect', solver: 'Solver', 'right-hand': 'Right hand' };
export const BREADTH: Record<Breadth, string> = { wide: 'Wide', deep: 'Deep' };
const BREADTH_MEANING: Record<Breadth, string> = { wide: 'broad impact across many areas', deep: 'mastery of one area' };

/** `Principal IC · Architect · Deep`, or what is not set yet. */
export const directionSummary = (d: Direction): string =>
  [d.track ? TRACK[d.track] : 'Track not set', d.archetype ? ARCHETYPE[d.archetype] : null, d.breadth ? BREADTH[d.breadth] : null].filter(Boolean).join(' · ');

const short = (s: string, n = 120): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function teach(): Html {
  return html`<p>You have not set a direction yet. There is no right answer: naming where you are heading lets Keel show the evidence that you are getting there.</p>
<h3>Manager or principal IC?</h3>
<dl>${CAREER_TRACKS.map((t) => html`<dt>${TRACK[t]}</dt><dd>${TRACK_MEANING[t]}.</dd>`)}</dl>
<h3>The four staff archetypes</h3>
<p class="hint">From Will Larson's <cite>Staff Engineer</cite>. Most people lean towards one; none is better than the others.</p>
<dl>${ARCHETYPES.map((a) => html`<dt>${ARCHETYPE[a]}</dt><dd>${ARCHETYPE_MEANING[a]}.</dd>`)}</dl>
<h3>Wide or deep?</h3>
<dl>${BREADTHS.map((b) => html`<dt>${BREADTH[b]}</dt><dd>${BREADTH_MEANING[b]}.</dd>`)}</dl>`;
}

function current(d: Direction): Html {
  return html`<dl class="direction">
<dt>Track</dt><dd>${d.track ? html`${TRACK[d.track]} — ${TRACK_MEANING[d.track]}` : 'Not set'}</dd>
<dt>Archetype</dt><dd>${d.archetype ? html`${ARCHETYPE[d.archetype]} — ${ARCHETYPE_MEANING[d.archetype]}` : 'Not set'}</dd>
<dt>Breadth</dt><dd>${d.breadth ? html`${BREADTH[d.breadth]} — ${BREADTH_MEANING[d.breadth]}` : 'Not set'}</dd>
${d.note ? html`<dt>Note</dt><dd>${d.note}</dd>` : ''}
</dl>
<p class="hint">Set on <time datetime="${d.setOn}">${longDate(d.setOn)}</time>.</p>`;
}

function history(all: Direction[]): Html {
  if (all.length < 2) return html``;
  return html`<h2>History</h2>
<table><thead><tr><th>Set on</th><th>Direction</th><th>Note</th></tr></thead><tbody>
${[...all]
  .reverse()
  .map(
    (d) =>
      html`<tr><td class="date"><time datetime="${d.setOn}">${d.setOn}</time></td><td>${directionSummary(d)}</td><td>${d.note ? short(d.note) : ''}</td></tr>`,
  )}
</tbody></table>`;
}

function directionForm(deps: WebDeps, d: Direction | null, state: FormState | undefined): Html {
  const s = state?.form === 'direction' ? state : undefined;
  const f = s?.fields ?? {};
  const v = (k: string, fallback: string | null | undefined) => (s ? fieldValue(s.values, k) : (fallback ?? ''));
  return html`<form method="post" action="/direction">${csrfField(deps.csrf)}
${formError(s && !s.fields ? s.error : undefined)}
${radios({
  name: 'track',
  label: 'Track',
  value: v('track', d?.track),
  error: f.track,
  idPrefix: 'dir',
  className: 'long-choices',
  options: CAREER_TRACKS.map((t) => [t, `${TRACK[t]} — ${TRACK_MEANING[t]}`] as const),
})}
${radios({
  name: 'archetype',
  label: 'Staff archetype',
  value: v('archetype', d?.archetype),
  error: f.archetype,
  idPrefix: 'dir',
  className: 'long-choices',
  options: ARCHETYPES.map((a) => [a, `${ARCHETYPE[a]} — ${ARCHETYPE_MEANING[a]}`] as const),
})}
${radios({
  name: 'breadth',
  label: 'Wide or deep',
  value: v('breadth', d?.breadth),
  error: f.breadth,
  idPrefix: 'dir',
  className: 'long-choices',
  options: BREADTHS.map((b) => [b, `${BREADTH[b]} — ${BREADTH_MEANING[b]}`] as const),
})}
${textarea({ name: 'note', label: 'Why this direction? (optional)', value: v('note', d?.note), error: f.note, maxlength: 2000, idPrefix: 'dir' })}
<button type="submit">Save direction</button>
</form>`;
}

function evidenceForm(deps: WebDeps, g: GoalWithEvidence, wins: Accomplishment[], state: FormState | undefined): Html {
  const s = state?.form === `link-${g.id}` ? state : undefined;
  const linked = new Set(g.evidence);
  // The last year's wins: a long brag document would otherwise list hundreds of boxes under every goal.
  const since = addDays(deps.ctx.clock.today(), -365);
  const unlinked = wins.filter((w) => !linked.has(w.id));
  const open = unlinked.filter((w) => w.achievedOn >= since);
  const older = unlinked.length - open.length;
  return html`<details${s ? html` open` : ''}><summary>Link wins as evidence<span class="visually-hidden"> for “${g.text}”</span></summary>
${
  open.length === 0
    ? html`<p>${wins.length === 0 ? 'No wins logged yet.' : older ? 'No unlinked wins in the last year.' : 'Every win you logged is already linked here.'} <a href="/brag">Log a win on your brag document</a>.</p>`
    : html`<form method="post" action="/direction/goals/${g.id}/evidence">${csrfField(deps.csrf)}
${formError(s?.fields?.wins ?? s?.error)}
${checkboxes({
  name: 'win',
  legend: `Which wins show progress on “${short(g.text, 80)}”?`,
  className: 'long-choices',
  options: open.map((w) => [String(w.id), `${w.achievedOn} · ${short(w.text)}`] as const),
  checked: s ? list(s.values, 'win') : [],
})}
${older ? html`<p class="hint">Showing the last year's wins. ${older === 1 ? 'One older win' : `${older} older wins`} can be linked by id: <code>keel direction evidence ${g.id} &lt;win id&gt;</code>.</p>` : ''}
<button type="submit">Link as evidence<span class="visually-hidden"> for “${g.text}”</span></button>
</form>`
}
</details>`;
}

function goal(deps: WebDeps, g: GoalWithEvidence, wins: Accomplishment[], state: FormState | undefined): Html {
  return html`<section class="goal" id="goal-${g.id}" aria-labelledby="goal-${g.id}-title">
<h3 id="goal-${g.id}-title">${g.text}</h3>
<p class="hint">A goal since <time datetime="${g.setOn}">${longDate(g.setOn)}</time>.</p>
${
  g.wins.length
    ? html`<ul class="evidence">${[...g.wins]
        .sort((a, b) => a.achievedOn.localeCompare(b.achievedOn))
        .map((w) => html`<li><time datetime="${w.achievedOn}">${w.achievedOn}</time> ${w.text}</li>`)}</ul>`
    : html`<p>No evidence yet, and that is fine: goals take time. When a win moves you closer, write it in <a href="/brag">your brag document</a> and link it here.</p>`
}
${evidenceForm(deps, g, wins, state)}
</section>`;
}

async function directionPage(c: Context, deps: WebDeps, state?: FormState, status: ContentfulStatusCode = 200) {
  const [view, wins] = await Promise.all([showDirection(deps.ctx), listAccomplishments(deps.ctx)]);
  const newestFirst = [...wins].reverse();
  const d = view.current;
  const g = state?.form === 'goal' ? state : undefined;
  // A link to a goal that is not on the page: say so above the goals.
  const lost = state?.form.startsWith('link-') && !view.goals.some((x) => state.form === `link-${x.id}`) ? state.error : undefined;
  return page(c, deps, {
    title: 'Direction',
    path: '/direction',
    status,
    body: html`<h1>Direction</h1>
<p>Where you are heading, and the evidence that you are getting there.</p>
${notice(DONE[c.req.query('done') ?? ''])}
<h2>${d ? 'Where you are heading' : 'Where are you heading?'}</h2>
${d ? current(d) : teach()}
<h2>${d ? 'Change your direction' : 'Set your direction'}</h2>
${d ? html`<p class="hint">Change only what moved; the rest carries over. The old setting stays in the history.</p>` : ''}
${directionForm(deps, d, state)}
${history(view.history)}
<h2>Goals</h2>
${formError(lost)}
${
  view.goals.length
    ? view.goals.map((x) => goal(deps, x, newestFirst, state))
    : html`<p>No goals yet. A goal is something you want to grow into, such as “Lead a cross-team design”. Wins from your brag document become its evidence.</p>`
}
<h2>Add a goal</h2>
<form method="post" action="/direction/goals">${csrfField(deps.csrf)}
${formError(g && !g.fields ? g.error : undefined)}
${input({
  name: 'text',
  label: 'A goal to grow into',
  value: g ? fieldValue(g.values, 'text') : '',
  error: g?.fields?.text,
  required: true,
  maxlength: 500,
  hint: 'e.g. Lead a cross-team design',
  idPrefix: 'goal',
})}
<button type="submit">Add goal</button>
</form>`,
  });
}

export function registerDirection(app: Hono, deps: WebDeps): void {
  app.get('/direction', (c) => directionPage(c, deps));

  app.post('/direction', async (c) => {
    const form = await readForm(c);
    const value = { track: text(form, 'track'), archetype: text(form, 'archetype'), breadth: text(form, 'breadth'), note: text(form, 'note') };
    // Nothing chosen at all: nothing to save, and nothing wrong either (the use case refuses "nothing to set").
    if (Object.values(value).every((x) => x === undefined)) return c.redirect('/direction?done=unchanged', 303);
    return attempt(
      () => setDirection(deps.ctx, value),
      (r) => c.redirect(`/direction?done=${r.changed ? 'set' : 'unchanged'}`, 303),
      (error, status, fields) => directionPage(c, deps, { form: 'direction', values: form, fields, error }, status),
    );
  });

  app.post('/direction/goals', async (c) => {
    const form = await readForm(c);
    return attempt(
      () => addGoal(deps.ctx, text(form, 'text')),
      (g) => c.redirect(`/direction?done=goal#goal-${g.id}`, 303),
      (error, status, fields) => directionPage(c, deps, { form: 'goal', values: form, fields, error }, status),
    );
  });

  app.post('/direction/goals/:id{[0-9]+}/evidence', async (c) => {
    const id = c.req.param('id');
    const form = await readForm(c);
    return attempt(
      () => linkEvidence(deps.ctx, id, list(form, 'win')),
      () => c.redirect(`/direction?done=linked#goal-${id}`, 303),
      (error, status, fields) => directionPage(c, deps, { form: `link-${id}`, values: form, fields, error }, status),
    );
  });
}
