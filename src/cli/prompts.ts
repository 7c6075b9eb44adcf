/** Interactive questions, only ever asked on a TTY (@clack/prompts never resolves without one). */
import type { CheckInRequest } from '../app/check-in.service.js';
import type { Ctx } from '../app/context.js';
import { KeelError } from '../core/errors.js';
import { CBI_DEGREE_SCALE, CBI_FREQUENCY_SCALE, CBI_WORK_ITEMS, selfCheckDue, WHO5_ITEMS, WHO5_SCALE } from '../core/instruments.js';
import { isoWeekOf } from '../core/iso-week.js';

const QUESTIONS: Record<string, string> = {
  quality: 'How good did the work feel this week?',
  satisfaction: 'How satisfied are you with the job?',
  energy: 'How energizing was the work?',
  growth: 'How much did you learn and grow?',
};

export async function askCheckIn(ctx: Ctx, req: CheckInRequest, missing: readonly string[]): Promise<CheckInRequest> {
  const p = await import('@clack/prompts');
  const stop = <T>(v: T): Exclude<T, symbol> => {
    if (p.isCancel(v)) throw new KeelError('InvalidInput', 'check-in cancelled; nothing was saved', 'Run keel checkin again when you are ready.');
    return v as Exclude<T, symbol>;
  };
  const week = typeof req.week === 'string' ? req.week : isoWeekOf(ctx.clock.today());
  p.intro(`Check-in for ${week}`);
  const next: CheckInRequest = { ...req };
  if (missing.includes('hours')) {
    const h = stop(
      await p.text({
        message: 'Hours worked this week?',
        placeholder: '38',
        validate: (v) => (/^\d+(\.\d+)?$/.test(v ?? '') && Number(v) <= 120 ? undefined : 'A number of hours, 0–120'),
      }),
    );
    next.hours = Number(h);
  }
  for (const key of ['quality', 'satisfaction', 'energy', 'growth'] as const) {
    if (!missing.includes(key)) continue;
    next[key] = stop(
      await p.select({
        message: QUESTIONS[key] as string,
        options: [1, 2, 3, 4, 5].map((n) => ({ value: n, label: `${n}`, hint: n === 1 ? 'very low' : n === 5 ? 'very high' : '' })),
        initialValue: 3,
      }),
    );
  }
  if (missing.includes('respected')) {
    next.respected = stop(await p.confirm({ message: 'Were your health and happiness respected this week?', initialValue: true }));
  }
  if ((req.observe ?? []).length === 0) {
    const triggers = (await ctx.store.listTriggers()).filter((t) => t.active);
    if (triggers.length > 0) {
      next.observe = stop(
        await p.multiselect({
          message: 'Did any of your leave triggers show up? (space to pick, enter to go on)',
          options: triggers.map((t) => ({ value: t.slug, label: t.text })),
          required: false,
        }),
      );
    }
  }
  if ((req.win ?? []).length === 0) {
    const win = stop(await p.text({ message: 'A win this week? (enter to skip)', placeholder: 'Shipped the importer' }));
    next.win = win?.trim() ? [win.trim()] : [];
  }
  const recent = await ctx.store.listCheckIns(8);
  if (
    req.who5 === undefined &&
    selfCheckDue(recent, week, 'who5') &&
    stop(await p.confirm({ message: 'Answer the WHO-5 wellbeing self-check (5 questions)?', initialValue: true }))
  ) {
    p.note('Over the last two weeks…', 'WHO-5');
    const answers: number[] = [];
    for (const item of WHO5_ITEMS) {
      answers.push(stop(await p.select({ message: item, options: WHO5_SCALE.map((label, i) => ({ value: i, label })).reverse() })));
    }
    next.who5 = answers;
  }
  if (
    req.cbi === undefined &&
    selfCheckDue(recent, week, 'cbi') &&
    stop(await p.confirm({ message: 'Answer the monthly burnout self-check (7 questions)?', initialValue: true }))
  ) {
    const answers: number[] = [];
    for (const item of CBI_WORK_ITEMS) {
      const scale = item.scale === 'degree' ? CBI_DEGREE_SCALE : CBI_FREQUENCY_SCALE;
      answers.push(stop(await p.select({ message: item.text, options: scale.map((label, i) => ({ value: i, label })) })));
    }
    next.cbi = answers;
  }
  if (req.note === undefined) {
    const note = stop(await p.text({ message: 'Anything else? (enter to skip)' }));
    next.note = note?.trim() ? note.trim() : undefined;
  }
  p.outro('Thank you. Saving…');
  return next;
}
