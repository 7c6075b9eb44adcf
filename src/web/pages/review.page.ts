/** The quarterly review, read-only: principles due, the verdict week by week, goals and evidence, growth, a light search; and calendar reminders. */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { remindersCalendar } from '../../app/remind.service.js';
import { quarterlyReview, type Review } from '../../app/review.service.js';
import { startSearch } from '../../app/search.service.js';
import { KeelError } from '../../core/errors.js';
import { longDate } from '../../core/iso-week.js';
import { errorPage, statusFor } from '../errors.js';
import { input, select } from '../fields.js';
import { csrfField, formError, type Html, notice } from '../html.js';
import { attempt, type FormState, page, type WebDeps } from '../page.js';
import { directionSummary } from './direction.page.js';

const DONE: Record<string, string> = { search: 'Started a light job search today. Look around with curiosity; nothing has to come of it.' };

const short = (s: string, n = 140): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const count = (n: number, one: string, many: string) => `${n === 1 ? 'one' : n} ${n === 1 ? one : many}`;

function principles(r: Review): Html {
  if (r.principlesDue.length === 0) return html`<p>None: every principle was written or reviewed within the last year.</p>`;
  return html`<p>Written or last reviewed more than a year ago. Do they still hold?</p>
<ul>${r.principlesDue.map(
    (p) =>
      html`<li><a href="/doc/${p.id}">${short(p.text)}</a> <span class="hint">last looked at <time datetime="${p.lastLookedOn}">${longDate(p.lastLookedOn)}</time></span></li>`,
  )}</ul>`;
}

function trend(r: Review): Html {
  return html`<p>${r.trend.sentence}</p>
<ol class="weeks" aria-label="The verdict at the end of each week, oldest first">${r.trend.weeks.map(
    (w) =>
      html`<li class="verdict-${w.verdict}"><span class="wk"><span class="visually-hidden">${w.week.slice(0, 5)}</span>${w.week.slice(5)}</span> <strong class="word">${w.verdict.toUpperCase()}</strong></li>`,
  )}</ol>`;
}

function goals(r: Review): Html {
  const d = r.direction;
  return html`<p>${d ? html`Heading for: ${directionSummary(d)}.` : 'No direction set yet.'} <a href="/direction">${d ? 'Your direction and goals' : 'Set your direction'}</a></p>
${
  r.goals.length === 0
    ? html`<p>No goals yet. <a href="/direction">Add one</a> to see which wins move you towards it.</p>`
    : html`<ul>${r.goals.map(
        (g) =>
          html`<li><strong>${g.text}</strong>${
            g.wins.length
              ? html` <span class="hint">${count(g.wins.length, 'piece', 'pieces')} of evidence</span>
<ul class="evidence">${[...g.wins]
                  .sort((a, b) => a.achievedOn.localeCompare(b.achievedOn))
                  .map((w) => html`<li><time datetime="${w.achievedOn}">${w.achievedOn}</time> ${w.text}</li>`)}</ul>`
              : html`<br><span class="hint">No evidence yet. <a href="/direction#goal-${g.id}">Link a win</a> when one moves you closer.</span>`
          }</li>`,
      )}</ul>`
}
${winsLine(r.wins)}`;
}

function winsLine({ total, unlinked }: Review['wins']): Html {
  if (total === 0) return html`<p>No wins logged this quarter. <a href="/brag">Write one down</a>; small ones count.</p>`;
  const lead = total === 1 ? 'One win' : `${total} wins`;
  const rest =
    unlinked === 0
      ? total === 1
        ? 'it is evidence for a goal'
        : 'every one is evidence for a goal'
      : unlinked === total
        ? total === 1
          ? 'it is not yet evidence for a goal'
          : 'none of them is evidence for a goal yet'
        : `${unlinked} not yet evidence for a goal`;
  return html`<p>${lead} logged this quarter; ${rest}.</p>`;
}

function lightSearch(deps: WebDeps, r: Review, state: FormState | undefined): Html {
  const s = r.lightSearch;
  if (s.open) {
    return html`<p>${s.open.endedOn === null ? html`A ${s.open.kind} search has been open since <time datetime="${s.open.startedOn}">${longDate(s.open.startedOn)}</time>.` : html`A ${s.open.kind} search ran from <time datetime="${s.open.startedOn}">${longDate(s.open.startedOn)}</time> to <time datetime="${s.open.endedOn}">${longDate(s.open.endedOn)}</time>.`}</p>
${formError(state?.error)}`;
  }
  if (s.due) {
    return html`<p><strong>Due.</strong> ${s.due.message}</p>
<p class="hint">A light search means looking around, not leaving: a few conversations, a look at what is out there.</p>
<form method="post" action="/review/search">${csrfField(deps.csrf)}
${formError(state?.error)}
<button type="submit">Start a light search today</button>
</form>`;
  }
  return html`<p>Not due${s.last ? html`; your last search started on <time datetime="${s.last.startedOn}">${longDate(s.last.startedOn)}</time>` : ''}.</p>
${formError(state?.error)}`;
}

async function reviewPage(c: Context, deps: WebDeps, state?: FormState, status: ContentfulStatusCode = 200) {
  let r: Review;
  try {
    // An empty field means the default (today), as when it is not sent.
    r = await quarterlyReview(deps.ctx, c.req.query('as-of') || undefined);
  } catch (e) {
    // A bad date is a one-line page that names it as the address does.
    if (e instanceof KeelError && e.fields.asOf !== undefined) return errorPage(c, statusFor(e), 'That did not work', `as-of ${e.fields.asOf}`);
    throw e;
  }
  return page(c, deps, {
    title: 'Quarterly review',
    path: '/review',
    status,
    body: html`<h1>Quarterly review</h1>
<p>The last 13 weeks, from <time datetime="${r.from}">${longDate(r.from)}</time> to <time datetime="${r.asOf}">${longDate(r.asOf)}</time>. Take your time; there is nothing to finish here.</p>
${notice(DONE[c.req.query('done') ?? ''])}
<form method="get" action="/review" class="inline">
${input({ name: 'as-of', label: 'Quarter ending on', type: 'date', value: r.asOf, idPrefix: 'review' })}
<button type="submit" class="quiet">Show</button>
</form>
<h2>1. Principles due for review</h2>
${principles(r)}
<h2>2. The verdict, week by week</h2>
${trend(r)}
<h2>3. Goals and their evidence</h2>
${goals(r)}
<h2>4. Am I still learning and growing?</h2>
<p>${r.growth.sentence}</p>
<h2>5. A light job search?</h2>
${lightSearch(deps, r, state)}
<h2>Reminders</h2>
<p>Put the weekly check-in and the next quarterly review in your calendar: download a file and open it with your calendar app. Importing a newer one updates the same two events.</p>
<form method="get" action="/reminders.ics" class="inline">
${select({
  name: 'day',
  label: 'Check-in day',
  value: 'fri',
  options: [
    ['mon', 'Monday'],
    ['tue', 'Tuesday'],
    ['wed', 'Wednesday'],
    ['thu', 'Thursday'],
    ['fri', 'Friday'],
    ['sat', 'Saturday'],
    ['sun', 'Sunday'],
  ],
  idPrefix: 'remind',
})}
${input({ name: 'time', label: 'Time', value: '16:00', size: 5, maxlength: 5, idPrefix: 'remind' })}
<button type="submit" class="quiet">Download reminders (.ics)</button>
</form>`,
  });
}

export function registerReview(app: Hono, deps: WebDeps): void {
  app.get('/review', (c) => reviewPage(c, deps));

  // A calendar file (a download): a weekly check-in and the quarterly review. A bad day or time is a one-line page.
  app.get('/reminders.ics', (c) => {
    // An empty field means the default, as when it is not sent.
    const { ics } = remindersCalendar(deps.ctx.clock, { day: c.req.query('day') || undefined, time: c.req.query('time') || undefined });
    return c.body(ics, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'attachment; filename="keel-reminders.ics"' });
  });

  app.post('/review/search', (c) =>
    attempt(
      () => startSearch(deps.ctx, { kind: 'light', note: 'Started from the quarterly review' }),
      () => c.redirect('/review?done=search', 303),
      (error, status) => reviewPage(c, deps, { form: 'search', values: {}, error }, status),
    ),
  );
}
