import type { Command } from 'commander';
import type { HistoryPoint } from '../../app/verdict.service.js';
import { SELF_CHECK_DISCLAIMER } from '../../core/instruments.js';
import { longDate, shortDate } from '../../core/iso-week.js';
import { NUDGE_TITLE, type VerdictWord } from '../../core/rules.js';
import type { Verdict } from '../../core/verdict.js';
import { nudgeText } from '../errors.js';
import type { Out } from '../output.js';
import { common, type Env } from '../program.js';

/** Loaded on use, so that commands which do not need it start faster. */
const verdictsService = () => import('../../app/verdict.service.js');

export function registerStatus(program: Command, env: Env): void {
  common(
    program
      .command('status')
      .description('the verdict (stay, watch or look) with its reasons, nudges and what would change it')
      .option('--as-of <date>', 'evaluate as of a day, using only data up to it')
      .option('--history', 'the verdict for each of the last 26 weeks'),
  )
    .addHelpText('after', '\nExamples:\n  keel status\n  keel status --as-of 2026-10-31 --json\n  keel status --history')
    .action(async (o: { asOf?: string; history?: boolean; db?: string; json?: boolean }) => {
      if (o.history) {
        const points = await env.withKeel(o, async (ctx) => (await verdictsService()).verdictHistory(ctx, o.asOf));
        if (o.json) return env.out.json(points);
        return printHistory(env.out, points);
      }
      const { verdict, hasJob } = await env.withKeel(o, async (ctx) => ({
        verdict: await (await verdictsService()).evaluate(ctx, o.asOf),
        hasJob: (await ctx.store.listJobs()).length > 0,
      }));
      if (o.json) {
        const { notEnoughDataDetails: _details, ...shape } = verdict;
        return env.out.json(shape);
      }
      printVerdict(env.out, verdict);
      env.out.note(hasJob ? 'Next: keel checkin' : 'Next: keel job start <employer> --title <title> --since YYYY-MM-DD');
    });
}

/** A nudge's message with the command that acts on it. */

function verdictWord(out: Out, v: VerdictWord): string {
  const word = v.toUpperCase();
  return out.bold(v === 'stay' ? out.green(word) : v === 'watch' ? out.amber(word) : out.red(word));
}

function printVerdict(out: Out, v: Verdict): void {
  out.line(`${verdictWord(out, v.verdict)}  as of ${longDate(v.asOf)}`);
  out.line();
  if (v.reasons.length === 0) out.line('Nothing in your own rules says to look elsewhere right now.');
  for (const r of v.reasons) {
    out.line(`${r.summary}${v.reasons.length > 1 ? ` (${r.level.toUpperCase()})` : ''}`);
    out.line(out.dim(`  "${r.principle}"`));
    for (const e of r.evidence.slice(-8)) out.line(`  - ${shortDate(e.date)}  ${e.what}`);
    if (r.evidence.length > 8) out.line(out.dim(`  … and ${r.evidence.length - 8} more`));
    out.line();
  }
  for (const c of v.whatWouldChange) out.line(c);
  if (v.whatWouldChange.length) out.line();
  if (v.nudges.length) {
    out.line(out.bold('Nudges'));
    for (const n of v.nudges) out.line(`  ${NUDGE_TITLE[n.kind]}: ${nudgeText(n)}`);
    if (v.nudges.some((n) => n.rule === 'low-wellbeing' || n.rule === 'burnout')) out.line(out.dim(`  ${SELF_CHECK_DISCLAIMER}`));
    out.line();
  }
  if (v.notEnoughDataDetails.length) {
    // Rules that lack the same data are named together: `no-energy, not-growing (need six check-ins…)`.
    const byNeed = new Map<string, string[]>();
    for (const { rule, need } of v.notEnoughDataDetails) byNeed.set(need, [...(byNeed.get(need) ?? []), rule]);
    const parts = [...byNeed].map(([need, rules]) => `${rules.join(', ')} (${need})`);
    out.line(out.dim(`Not enough data yet for: ${parts.join('; ')}.`));
  }
}

function printHistory(out: Out, points: HistoryPoint[]): void {
  const mark = { stay: '·', watch: 'w', look: 'L' } as const;
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return;
  out.line(`Verdict by week, ${first.week} to ${last.week}  (· stay  w watch  L look)`);
  out.line(`  ${points.map((p) => (p.verdict === 'stay' ? mark.stay : p.verdict === 'watch' ? out.amber(mark.watch) : out.red(mark.look))).join('')}`);
  out.line();
  let previous: string | null = null;
  for (const p of points) {
    if (p.verdict !== previous) out.line(`  ${p.week}  ${verdictWord(out, p.verdict).padEnd(5)}  ${p.reasons.join(', ')}`.trimEnd());
    previous = p.verdict;
  }
}
