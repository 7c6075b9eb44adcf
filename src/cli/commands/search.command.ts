import type { Command } from 'commander';
import { invalid } from '../../core/errors.js';
import { table } from '../output.js';
import { common, type Env } from '../program.js';

/** Loaded on use, so that commands which do not need them start faster. */
const searchService = () => import('../../app/search.service.js');
const queries = () => import('../../app/opportunities.queries.js');

export function registerSearch(program: Command, env: Env): void {
  const search = program.command('search').description('a light or full job search, with its dates');
  common(
    search
      .command('start')
      .description('start a job search (a light one checks you are still learning and growing)')
      .option('--light', 'a light search: a few conversations, no commitment (default)')
      .option('--full', 'a full search: you mean to move')
      .option('--on <date>', 'start date YYYY-MM-DD (default: today)')
      .option('--note <text>', 'why, or what you are looking for'),
  )
    .addHelpText('after', '\nExamples:\n  keel search start --light --note "Check the market for staff roles"\n  keel search start --full --on 2026-11-02')
    .action(async (o: { light?: boolean; full?: boolean; on?: string; note?: string; db?: string; json?: boolean }) => {
      if (o.light && o.full) throw invalid('a search is either --light or --full', 'Try: keel search start --light');
      const s = await env.withKeel(o, async (ctx) =>
        (await searchService()).startSearch(ctx, { kind: o.full ? 'full' : 'light', startedOn: o.on, note: o.note }),
      );
      if (o.json) return env.out.json(s);
      env.out.line(`Started a ${s.kind} job search on ${s.startedOn}.`);
      env.out.note('Next: keel opp add <company> --role <role>');
    });
  common(search.command('end').description('end the open search').option('--on <date>', 'end date YYYY-MM-DD (default: today)'))
    .addHelpText('after', '\nExample:\n  keel search end --on 2026-12-18')
    .action(async (o: { on?: string; db?: string; json?: boolean }) => {
      const s = await env.withKeel(o, async (ctx) => (await searchService()).endSearch(ctx, o.on));
      if (o.json) return env.out.json(s);
      env.out.line(`Ended the ${s.kind} search of ${s.startedOn} on ${s.endedOn}.`);
    });
  common(search.command('list').description('list your searches'))
    .addHelpText('after', '\nExamples:\n  keel search list\n  keel search list --json')
    .action(async (o: { db?: string; json?: boolean }) => {
      const all = await env.withKeel(o, async (ctx) => (await queries()).listSearches(ctx));
      if (o.json) return env.out.json(all);
      if (all.length === 0) return env.out.line('No job searches yet. Start a light one: keel search start --light');
      for (const l of table([['ID', 'KIND', 'FROM', 'TO', 'NOTE'], ...all.map((s) => [String(s.id), s.kind, s.startedOn, s.endedOn ?? 'open', s.note ?? ''])]))
        env.out.line(l);
    });
}
