import type { Command } from 'commander';
import type { Ctx } from '../../app/context.js';
import type { Review } from '../../app/review.service.js';
import { directionSummary, printGoals } from '../growth-output.js';
import type { Out } from '../output.js';
import { common, type Env } from '../program.js';

/** Loaded on use, so that commands which do not need them start faster. */
const reviewService = () => import('../../app/review.service.js');
const searchService = () => import('../../app/search.service.js');

const MARK = { stay: '·', watch: 'w', look: 'L' } as const;

function printReview(out: Out, r: Review): void {
  out.line(out.bold(`Quarterly review, ${r.from} to ${r.asOf}`));
  out.line();
  out.line(out.bold('1. Principles due for review'));
  if (r.principlesDue.length === 0) out.line('  None: every principle was written or reviewed within the last year.');
  for (const p of r.principlesDue.slice(0, 5))
    out.line(`  [${p.id}] ${p.text.length > 70 ? `${p.text.slice(0, 69)}…` : p.text}  ${out.dim(`(last ${p.lastLookedOn})`)}`);
  if (r.principlesDue.length > 5) out.line(`  … and ${r.principlesDue.length - 5} more.`);
  if (r.principlesDue.length) out.line(out.dim('  Still true? Review one with: keel doc review <id>'));
  out.line();
  out.line(out.bold('2. The verdict, week by week  (· stay  w watch  L look)'));
  out.line(`  ${r.trend.weeks.map((w) => MARK[w.verdict]).join('')}`);
  out.line(`  ${r.trend.sentence}`);
  out.line();
  out.line(out.bold('3. Direction and goals'));
  const d = r.direction;
  out.line(`  ${d ? directionSummary(d) : 'No direction recorded: keel direction --track <manager|principal-ic|undecided>'}`);
  printGoals(out, r.goals);
  out.line(`  ${r.wins.total} ${r.wins.total === 1 ? 'win' : 'wins'} this quarter; ${r.wins.unlinked} not yet evidence for a goal.`);
  out.line();
  out.line(out.bold('4. Am I still learning and growing?'));
  out.line(`  ${r.growth.sentence}`);
  out.line();
  out.line(out.bold('5. A light job search?'));
  const s = r.lightSearch;
  if (s.open) out.line(`  A ${s.open.kind} search has been open since ${s.open.startedOn}.`);
  else if (s.due) out.line(`  Due. ${s.due.message}`);
  else out.line(`  Not due${s.last ? ` (last search started ${s.last.startedOn})` : ''}.`);
}

async function offerSearch(ctx: Ctx, out: Out): Promise<void> {
  const p = await import('@clack/prompts');
  const yes = await p.confirm({ message: 'Start a light search today?', initialValue: false });
  if (p.isCancel(yes) || !yes) return;
  const search = await (await searchService()).startSearch(ctx, { kind: 'light', note: 'Started from the quarterly review' });
  out.line(`Started a light job search on ${search.startedOn}.`);
}

export function registerReview(program: Command, env: Env): void {
  common(
    program
      .command('review')
      .description('the quarterly review: principles due, verdict trend, goals and evidence, growth, light search')
      .option('--as-of <date>', 'review the quarter ending on this day (default: today)'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  keel review\n  keel review --as-of 2026-09-30 --json\n\nOn a terminal, when a light search is due, it offers to start one (keel search start --light does the same).',
    )
    .action(async (o: { asOf?: string; db?: string; json?: boolean }) => {
      await env.withKeel(o, async (ctx) => {
        const r = await (await reviewService()).quarterlyReview(ctx, o.asOf);
        if (o.json) return env.out.json(r);
        printReview(env.out, r);
        if (r.lightSearch.due && !r.lightSearch.open && env.io.stdinIsTTY && env.io.stdout.isTTY) await offerSearch(ctx, env.out);
        else env.out.note('Next: keel remind --ics keel.ics (a calendar reminder for the next review)');
      });
    });
}
