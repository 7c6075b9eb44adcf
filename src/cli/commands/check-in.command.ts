import type { Command } from 'commander';
import type { CheckInRequest } from '../../app/check-in.service.js';
import { invalid } from '../../core/errors.js';
import { collect, num, numberList, yesNo } from '../args.js';
import { example, nudgeText } from '../errors.js';
import { common, type Env } from '../program.js';
import { askCheckIn } from '../prompts.js';

/** Loaded on use, so that commands which do not need it start faster. */
const checkInsService = () => import('../../app/check-in.service.js');
/** Loaded on use, so that commands which do not need it start faster. */
const verdictsService = () => import('../../app/verdict.service.js');

interface Opts {
  week?: string;
  hours?: string;
  quality?: string;
  satisfaction?: string;
  energy?: string;
  growth?: string;
  respected?: string;
  note?: string;
  observe?: string[];
  win?: string[];
  who5?: string;
  cbi?: string;
  replace?: boolean;
  db?: string;
  json?: boolean;
}

const REQUIRED = ['hours', 'quality', 'satisfaction', 'energy', 'growth', 'respected'] as const;

export function registerCheckIn(program: Command, env: Env): void {
  common(
    program
      .command('checkin')
      .description('the weekly check-in (asks on a terminal; every answer is also a flag)')
      .option('--week <YYYY-Www>', 'ISO week (default: this week)')
      .option('--hours <n>', 'hours worked, 0–120')
      .option('--quality <1-5>', 'how good the work felt')
      .option('--satisfaction <1-5>', 'how satisfied you are with the job')
      .option('--energy <1-5>', 'how energizing the work was')
      .option('--growth <1-5>', 'how much you learned and grew')
      .option('--respected <yes|no>', 'were your health and happiness respected?')
      .option('--note <text>', 'anything else')
      .option('--observe <trigger>', 'a leave trigger you noticed (repeat)', collect)
      .option('--win <text>', 'a win to log (repeat)', collect)
      .option('--who5 <a,b,c,d,e>', 'WHO-5 answers, each 0–5')
      .option('--cbi <a,b,c,d,e,f,g>', 'burnout (CBI work) answers, each 0–4; leave one empty to skip it')
      .option('--replace', 'overwrite this week’s check-in'),
  )
    .addHelpText(
      'after',
      `
Examples:
  keel checkin
  keel checkin --hours 38 --quality 4 --satisfaction 4 --energy 3 --growth 4 --respected yes --win "Shipped search"
  keel checkin --week 2026-W47 --hours 45 --quality 2 --satisfaction 2 --energy 2 --growth 3 --respected no --observe blame`,
    )
    .action(async (o: Opts) => {
      let req: CheckInRequest = {
        week: o.week,
        hours: num(o.hours),
        quality: num(o.quality),
        satisfaction: num(o.satisfaction),
        energy: num(o.energy),
        growth: num(o.growth),
        respected: yesNo(o.respected),
        note: o.note,
        who5: numberList(o.who5),
        cbi: numberList(o.cbi),
        observe: o.observe ?? [],
        win: o.win ?? [],
        replace: Boolean(o.replace),
      };
      const missing = REQUIRED.filter((k) => req[k] === undefined);
      const result = await env.withKeel(o, async (ctx) => {
        if (missing.length > 0) {
          if (!env.io.stdinIsTTY || o.json) {
            throw invalid(
              `missing ${missing.map((k) => `--${k}`).join(', ')}`,
              `Try: keel checkin ${missing.map((k) => example(k, env.clock.today())).join(' ')}`,
            );
          }
          req = await askCheckIn(ctx, req, missing);
        }
        const saved = await (await checkInsService()).checkIn(ctx, req);
        // The week was just saved, so it has a check-in.
        const change = (await (await verdictsService()).weekChange(ctx, saved.checkIn.week))!;
        return { ...saved, verdict: change.verdict, changes: change.changes };
      });
      if (o.json)
        return env.out.json({
          checkIn: result.checkIn,
          replaced: result.replaced,
          observations: result.observations,
          wins: result.wins,
          verdict: result.verdict,
        });
      const { out } = env;
      out.line(`${result.replaced ? 'Replaced' : 'Saved'} your check-in for ${result.checkIn.week}.`);
      out.line(`${result.changes.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()));
      for (const r of result.verdict.reasons) out.line(`  ${r.level.toUpperCase()}  ${r.summary}`);
      for (const n of result.verdict.nudges) out.line(`  ${nudgeText(n)}`);
      out.note('Next: keel status');
    });
}
