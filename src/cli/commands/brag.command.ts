import type { Command } from 'commander';
import { collect } from '../args.js';
import { writeFileAtomic } from '../files.js';
import { table } from '../output.js';
import { common, type Env } from '../program.js';

/** Loaded on use: reads need no validation library. */
const queries = () => import('../../app/queries.js');
/** Loaded on use, so that commands which do not need it start faster. */
const bragService = () => import('../../app/brag.service.js');
const bragExport = () => import('../../app/brag-export.service.js');

export function registerBrag(program: Command, env: Env): void {
  const brag = program.command('brag').description('your brag document: wins and the people you helped');
  common(
    brag
      .command('add <text>')
      .description('log a win')
      .option('--on <date>', 'when, YYYY-MM-DD (default: today)')
      .option('--impact <text>', 'what it changed')
      .option('--kind <kind>', 'delivered, enabled-others, learned or recognized', 'delivered')
      .option('--person <name>', 'someone you supported (repeat)', collect),
  )
    .addHelpText('after', '\nExample:\n  keel brag add "Mentored Sam through the on-call rotation" --kind enabled-others --person Sam')
    .action(async (text: string, o: { on?: string; impact?: string; kind: string; person?: string[]; db?: string; json?: boolean }) => {
      const a = await env.withKeel(o, async (ctx) =>
        (await bragService()).addAccomplishment(ctx, { text, achievedOn: o.on, impact: o.impact, kind: o.kind, people: o.person ?? [] }),
      );
      if (o.json) return env.out.json(a);
      env.out.line(`Logged a win on ${a.achievedOn}: ${a.text}`);
      env.out.note(`Evidence for a goal? keel direction evidence <goal> ${a.id}`);
    });
  common(brag.command('list').description('list your wins'))
    .addHelpText('after', '\nExamples:\n  keel brag list\n  keel brag list --json')
    .action(async (o: { db?: string; json?: boolean }) => {
      const all = await env.withKeel(o, async (ctx) => (await queries()).listAccomplishments(ctx));
      if (o.json) return env.out.json(all);
      if (all.length === 0) return env.out.line('No wins logged yet. Something went well: keel brag add "<what>"');
      for (const l of table([
        ['ID', 'DATE', 'KIND', 'WIN'],
        ...all.map((a) => [String(a.id), a.achievedOn, a.kind, `${a.text}${a.people.length ? ` (with ${a.people.join(', ')})` : ''}`]),
      ]))
        env.out.line(l);
    });
  common(
    brag
      .command('export')
      .description('the brag document for a review: wins by quarter and kind (Markdown or HTML)')
      .option('--since <date>', 'first day, YYYY-MM-DD (default: the first win)')
      .option('--until <date>', 'last day, YYYY-MM-DD (default: today)')
      .option('--format <format>', 'md or html', 'md')
      .option('--out <file>', 'write to a file instead of stdout'),
  )
    .addHelpText('after', '\nExamples:\n  keel brag export --since 2026-01-01 > brag.md\n  keel brag export --format html --out brag.html')
    .action(async (o: { since?: string; until?: string; format: string; out?: string; db?: string; json?: boolean }) => {
      const r = await env.withKeel(o, async (ctx) => (await bragExport()).exportBrag(ctx, { since: o.since, until: o.until, format: o.format }));
      if (o.json) return env.out.json(r);
      if (!o.out) return void env.io.stdout.write(r.text);
      writeFileAtomic(o.out, r.text);
      env.out.note(`Wrote ${r.wins} ${r.wins === 1 ? 'win' : 'wins'} to ${o.out}.`);
    });
}
