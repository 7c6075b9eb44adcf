/** Jobs: the list, starting a new one (also the second onboarding step) and ending the current one. */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { endJob, startJob } from '../../app/jobs.service.js';
import { listJobs } from '../../app/queries.js';
import { input, select } from '../fields.js';
import { fieldValue, readForm, text } from '../form.js';
import { bare, csrfField, formError, type Html, notice } from '../html.js';
import { attempt, type FormState, formFields, page, type WebDeps } from '../page.js';

const DONE: Record<string, string> = { started: 'Saved your new job.', ended: 'Ended your current job.' };

/** The job fields; `next` says where to go after saving (onboarding continues to the check-in). */
export function jobForm(deps: WebDeps, state: FormState | undefined, next: 'jobs' | 'checkin'): Html {
  const s = state?.form === 'start' ? state : undefined;
  const f = s?.fields ?? {};
  const v = (k: string, fallback = '') => (s ? fieldValue(s.values, k) : fallback);
  return html`<form method="post" action="/jobs">
${csrfField(deps.csrf)}<input type="hidden" name="next" value="${next}">
${formError(s && !s.fields ? s.error : undefined)}
${input({ name: 'employer', label: 'Employer', value: v('employer'), error: f.employer, required: true, maxlength: 200 })}
${input({ name: 'title', label: 'Title', value: v('title'), error: f.title, required: true, maxlength: 200, hint: 'e.g. Staff Engineer' })}
<div class="row">
${select({
  name: 'track',
  label: 'Track',
  value: v('track', 'ic'),
  error: f.track,
  options: [
    ['ic', 'Individual contributor'],
    ['manager', 'Manager'],
  ],
})}
${input({ name: 'level', label: 'Level (optional)', value: v('level'), error: f.level, maxlength: 100, size: 10 })}
${input({ name: 'since', label: 'Started on', type: 'date', value: v('since', deps.ctx.clock.today()), error: f.startedOn, required: true })}
</div>
<button type="submit">Save job</button>
</form>`;
}

async function jobsPage(c: Context, deps: WebDeps, state?: FormState, status: ContentfulStatusCode = 200) {
  const jobs = await listJobs(deps.ctx);
  const current = jobs.find((j) => j.endedOn === null);
  const ended = state?.form === 'end' ? state : undefined;
  return page(c, deps, {
    title: 'Jobs',
    path: '/jobs',
    status,
    body: html`<h1>Jobs</h1>
${notice(DONE[c.req.query('done') ?? ''])}
${current ? '' : formError(ended?.error)}
${
  jobs.length === 0
    ? html`<p>No job recorded yet. Keel clips its rules to the current job: what happened at a previous employer says nothing about this one.</p>`
    : html`<table><thead><tr><th>Employer</th><th>Title</th><th>Track</th><th>Level</th><th>From</th><th>To</th></tr></thead><tbody>
${[...jobs]
  .reverse()
  .map(
    (j) =>
      html`<tr><td>${j.employer}</td><td>${j.title}</td><td>${j.track === 'ic' ? 'IC' : 'Manager'}</td><td>${j.level ?? ''}</td><td>${j.startedOn}</td><td>${j.endedOn ?? 'now'}</td></tr>`,
  )}</tbody></table>`
}
${
  current
    ? html`<h2>End the job at ${current.employer}</h2>
<form method="post" action="/jobs/end" class="inline">${csrfField(deps.csrf)}
${input({ name: 'on', label: 'Last day', type: 'date', value: ended ? fieldValue(ended.values, 'on') : deps.ctx.clock.today(), error: ended?.fields?.on ?? ended?.error, required: true, idPrefix: 'end' })}
<button type="submit">End job</button></form>`
    : ''
}
<h2>${current ? 'Start a new job' : 'Your current job'}</h2>
${current ? html`<p class="hint">Starting a new job ends the one at ${current.employer} the day before.</p>` : ''}
${jobForm(deps, state, 'jobs')}`,
  });
}

/** The onboarding step after choosing a template. */
export function welcomeJobPage(c: Context, deps: WebDeps, state?: FormState, status: ContentfulStatusCode = 200) {
  return c.html(
    bare(
      'Your current job',
      html`<h1>Where do you work now?</h1>
<p>Keel judges your check-ins against the job you are in. You can add earlier jobs later.</p>
${jobForm(deps, state, 'checkin')}
<p><a href="/">Skip for now</a></p>`,
    ),
    status,
  );
}

export function registerJobs(app: Hono, deps: WebDeps): void {
  app.get('/jobs', (c) => jobsPage(c, deps));

  app.post('/jobs', async (c) => {
    const form = await readForm(c);
    const next = text(form, 'next') === 'checkin' ? 'checkin' : 'jobs';
    const job = {
      employer: text(form, 'employer'),
      title: text(form, 'title'),
      track: text(form, 'track'),
      level: text(form, 'level'),
      // The start date is required here: an emptied one is refused, not taken as today.
      startedOn: text(form, 'since') ?? '',
    };
    return attempt(
      () => startJob(deps.ctx, job),
      () => c.redirect(next === 'checkin' ? '/checkin' : '/jobs?done=started', 303),
      (error, status, fields) => {
        const state: FormState = { form: 'start', values: form, fields, error };
        return next === 'checkin' ? welcomeJobPage(c, deps, state, status) : jobsPage(c, deps, state, status);
      },
    );
  });

  app.post('/jobs/end', async (c) => {
    const form = await readForm(c);
    return attempt(
      () => endJob(deps.ctx, text(form, 'on') ?? ''),
      () => c.redirect('/jobs?done=ended', 303),
      (error, status, fields) => jobsPage(c, deps, { form: 'end', values: form, fields: formFields(fields, { endedOn: 'on' }), error }, status),
    );
  });
}
