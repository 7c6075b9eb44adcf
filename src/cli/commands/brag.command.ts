import type { Command } from 'commander';
import { addAccomplishment, listAccomplishments } from '../../app/brag.service.js';
import { collect } from '../args.js';
import { table } from '../output.js';
import { common, type Env } from '../program.js';

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
      const a = await env.withKeel(o, (ctx) => addAccomplishment(ctx, { text, on: o.on, impact: o.impact, kind: o.kind, people: o.person ?? [] }));
      if (o.json) return env.out.json(a);
      env.out.line(`Logged a win on ${a.achievedOn}: ${a.text}`);
    });
  common(brag.command('list').description('list your wins')).action(async (o: { db?: string; json?: boolean }) => {
    const all = await env.withKeel(o, (ctx) => listAccomplishments(ctx));
    if (o.json) return env.out.json(all);
    if (all.length === 0) return env.out.line('No wins logged yet. Something went well: keel brag add "<what>"');
    for (const l of table([
      ['DATE', 'KIND', 'WIN'],
      ...all.map((a) => [a.achievedOn, a.kind, `${a.text}${a.people.length ? ` (with ${a.people.join(', ')})` : ''}`]),
    ]))
      env.out.line(l);
  });
}
