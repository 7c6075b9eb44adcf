/** GET shows the week's form; POST saves through `checkIn` (which judges every answer) and returns to the dashboard. */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type CheckInRequest, checkIn } from '../../app/check-in.service.js';
import { listCheckIns, listTriggers } from '../../app/queries.js';
import { selfCheckDue } from '../../core/instruments.js';
import { type IsoWeek, isoWeekOf, isValidWeek } from '../../core/iso-week.js';
import { type Form, list, num, readForm, text, yesNo } from '../form.js';
import { attempt, page, type WebDeps } from '../page.js';
import { type CheckInView, checkInForm, weekSpan } from './check-in.form.js';

async function view(c: Context, deps: WebDeps, week: IsoWeek, extra: Partial<CheckInView> = {}): Promise<CheckInView> {
  const [existing, recent, triggers] = await Promise.all([deps.ctx.store.getCheckIn(week), listCheckIns(deps.ctx, 8), listTriggers(deps.ctx)]);
  const everything = c.req.query('self-checks') === 'all';
  return {
    csrf: deps.csrf,
    week,
    thisWeek: isoWeekOf(deps.ctx.clock.today()),
    triggers,
    existing,
    askWho5: everything || Boolean(existing?.who5) || selfCheckDue(recent, week, 'who5'),
    askCbi: everything || Boolean(existing?.cbi) || selfCheckDue(recent, week, 'cbi'),
    ...extra,
  };
}

function render(c: Context, deps: WebDeps, v: CheckInView, status: ContentfulStatusCode = 200) {
  return page(c, deps, {
    title: 'Check in',
    path: '/checkin',
    status,
    body: html`<h1>Check-in for ${v.week} <span class="muted">(${weekSpan(v.week)})</span></h1>
${v.existing && !v.values ? html`<p class="notice">You already checked in for this week. Change anything and save to replace it; wins and triggers you add are added to those already noted.</p>` : ''}
${checkInForm(v)}`,
  });
}

/** The answers as typed, shaped for `checkIn`; empty self-check sections are skipped. */
function request(form: Form, thisWeek: IsoWeek): CheckInRequest {
  const who5 = [1, 2, 3, 4, 5].map((i) => num(form, `who5_${i}`));
  const cbi = [1, 2, 3, 4, 5, 6, 7].map((i) => num(form, `cbi_${i}`) ?? null);
  return {
    week: text(form, 'week') ?? thisWeek,
    hours: num(form, 'hours'),
    quality: num(form, 'quality'),
    satisfaction: num(form, 'satisfaction'),
    energy: num(form, 'energy'),
    growth: num(form, 'growth'),
    respected: yesNo(form, 'respected'),
    note: text(form, 'note'),
    who5: who5.some((a) => a !== undefined) ? who5 : undefined,
    cbi: cbi.some((a) => a !== null) ? cbi : undefined,
    observe: list(form, 'observe'),
    win: (text(form, 'wins') ?? '')
      .split(/\r?\n/)
      .map((w) => w.trim())
      .filter(Boolean),
    replace: text(form, 'replace') === 'yes',
  };
}

/**
 * The use case's fields by the form's names: `who5.2` is the select `who5_3`, `win` the textarea `wins`.
 * An empty WHO-5 select is a skipped question to the form, and the section may only be skipped whole:
 * there the schema's "needs an answer" says how.
 */
function checkInFields(fields: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!fields) return undefined;
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const [name, i] = field.split('.');
    if (name === 'win') out.wins ??= message;
    else if (i === undefined) out[field] ??= message;
    else
      out[`${name}_${Number(i) + 1}`] ??=
        name === 'who5' && message === 'needs an answer' ? 'answer this one too, or leave all five WHO-5 questions empty' : message;
  }
  return out;
}

export function registerCheckIn(app: Hono, deps: WebDeps): void {
  app.get('/checkin', async (c) => {
    const asked = c.req.query('week');
    const week = asked && isValidWeek(asked) ? asked : isoWeekOf(deps.ctx.clock.today());
    return render(c, deps, await view(c, deps, week));
  });

  app.post('/checkin', async (c) => {
    const form = await readForm(c);
    const thisWeek = isoWeekOf(deps.ctx.clock.today());
    const req = request(form, thisWeek);
    const week = typeof req.week === 'string' && isValidWeek(req.week) ? req.week : thisWeek;
    // A section that was shown stays shown when the form comes back with a message.
    const shown = { askWho5: req.who5 !== undefined, askCbi: req.cbi !== undefined };
    const again = async (extra: Partial<CheckInView>, status: ContentfulStatusCode) => {
      const v = await view(c, deps, week, { values: form, ...extra });
      return render(c, deps, { ...v, askWho5: v.askWho5 || shown.askWho5, askCbi: v.askCbi || shown.askCbi }, status);
    };
    return attempt(
      () => checkIn(deps.ctx, req),
      (saved) => c.redirect(`/?saved=${saved.checkIn.week}${saved.replaced ? '&replaced=1' : ''}`, 303),
      (error, status, fields) => again(fields ? { fields: checkInFields(fields) } : { error }, status),
    );
  });
}
