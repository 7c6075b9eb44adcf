import type { Command } from 'commander';
import type { Cell, Comparison } from '../../core/opportunities/compare.js';
import { formatPay } from '../../core/opportunities/domain.js';
import { type Out, table } from '../output.js';
import { common, type Env } from '../program.js';

/** Loaded on use, so that commands which do not need it start faster. */
const compareService = () => import('../../app/compare.service.js');

const dash = '-';
const flagCell = (c: Cell) => (c.count === 0 ? dash : `${c.count} × worst ${c.maxSeverity}`);
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function printComparison(out: Out, c: Comparison): void {
  const cols = c.columns;
  const rows: string[][] = [
    ['', ...cols.map((x) => (x.kind === 'current' ? `NOW: ${x.company}` : `#${x.id} ${x.company}`))],
    ['Role', ...cols.map((x) => x.role || dash)],
    ['Stage', ...cols.map((x) => (x.kind === 'current' ? 'current job' : (x.stage ?? dash)))],
    ['Pay', ...cols.map((x) => (x.offer ? formatPay(x.offer.pay, x.offer.currency) : dash))],
    ['Level / track', ...cols.map((x) => (x.level || x.track ? `${x.level ?? dash} / ${x.track ?? dash}` : dash))],
    ['Decide by', ...cols.map((x) => x.offer?.deadline ?? dash)],
    ['Red flags', ...cols.map((x) => (x.flags === 0 ? 'none' : `${x.flags} (weight ${x.flagScore})`))],
    ['', ...cols.map(() => '')],
    ['YOUR TRIGGERS', ...cols.map(() => '')],
    ...c.triggers.map((t) => [t.slug, ...t.cells.map(flagCell)]),
  ];
  if (c.principles.length) {
    rows.push(['', ...cols.map(() => '')], ['PRINCIPLES', ...cols.map(() => '')]);
    for (const p of c.principles) {
      rows.push([
        `[${p.id}] ${clip(p.text, 28)}`,
        ...p.cells.map((x) => (x ? clip(`${x.fits ? 'fits' : 'conflicts'}${x.note ? `: ${x.note}` : ''}`, 30) : dash)),
      ]);
    }
  }
  for (const l of table(rows)) out.line(l);
  out.line();
  out.line(out.dim(`The current job shows your observations since ${c.currentSince}; opportunities show the answers and notes you flagged.`));
}

export function registerOppCompare(opp: Command, env: Env): void {
  common(opp.command('compare <opp...>').description('opportunities side by side against your triggers, with your current job as the baseline'))
    .addHelpText('after', '\nExamples:\n  keel opp compare initech hooli\n  keel opp compare 3 4 7 --json')
    .action(async (refs: string[], o: { db?: string; json?: boolean }) => {
      const c = await env.withKeel(o, async (ctx) => (await compareService()).compareOpportunities(ctx, refs));
      if (o.json) return env.out.json(c);
      printComparison(env.out, c);
    });
}
