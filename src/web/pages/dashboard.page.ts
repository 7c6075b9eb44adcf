/** The dashboard: the verdict card, what the last check-in changed, what to do next, and the trends. */
import type { Hono } from 'hono';
import { html } from 'hono/html';
import type { Ctx } from '../../app/context.js';
import { listCheckIns, listJobs, listTriggers } from '../../app/queries.js';
import { evaluate, weekChange } from '../../app/verdict.service.js';
import { type IsoWeek, isoWeekOf, isValidWeek } from '../../core/iso-week.js';
import { notice, sentence } from '../html.js';
import { page, type WebDeps } from '../page.js';
import { TREND_WEEKS, trendStart, trends } from './trends.view.js';
import { verdictCard } from './verdict.view.js';

/** `Saved your check-in for 2026-W48. Satisfaction up from 2 to 4; verdict still WATCH.` */
async function changeLine(ctx: Ctx, week: IsoWeek, replaced: boolean): Promise<string | null> {
  const change = await weekChange(ctx, week);
  return change && `${replaced ? 'Replaced' : 'Saved'} your check-in for ${week}. ${sentence(change.changes.join('; '))}`;
}

export function registerDashboard(app: Hono, deps: WebDeps): void {
  app.get('/', async (c) => {
    const { ctx } = deps;
    const saved = c.req.query('saved');
    const today = ctx.clock.today();
    const thisWeek = isoWeekOf(today);
    const [verdict, checkIns, facts, triggers, jobs, changed] = await Promise.all([
      evaluate(ctx),
      listCheckIns(ctx, TREND_WEEKS),
      // Counted in SQL for the window, like the rules do; the whole history is never loaded.
      ctx.store.facts.triggers(trendStart(thisWeek), today),
      listTriggers(ctx),
      listJobs(ctx),
      saved && isValidWeek(saved) ? changeLine(ctx, saved, c.req.query('replaced') === '1') : null,
    ]);
    const checkedIn = checkIns.some((x) => x.week === thisWeek);
    return page(c, deps, {
      title: 'Dashboard',
      path: '/',
      verdict,
      fullVerdict: true,
      body: html`${notice(changed)}
${verdictCard(verdict)}
${jobs.some((j) => j.endedOn === null) ? '' : html`<p class="notice">Add your <a href="/jobs">current job</a>: Keel judges your weeks against the job you are in.</p>`}
${checkedIn ? '' : html`<p class="notice">You have not checked in for ${thisWeek} yet. <a href="/checkin">Check in now</a> — it takes two minutes.</p>`}
${trends({ thisWeek, checkIns, observations: facts.observations, triggerIds: new Map(triggers.map((t) => [t.slug, t.id])) })}`,
    });
  });
}
