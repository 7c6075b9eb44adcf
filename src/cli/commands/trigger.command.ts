import type { Command } from 'commander';
import { num } from '../args.js';
import { table } from '../output.js';
import { common, type Env } from '../program.js';

/** Loaded on use: reads need no validation library. */
const queries = () => import('../../app/queries.js');
/** Loaded on use, so that commands which do not need it start faster. */
const triggersService = () => import('../../app/triggers.service.js');

export function registerTrigger(program: Command, env: Env): void {
  const trigger = program.command('trigger').description('your leave triggers: what would make you leave');
  common(
    trigger
      .command('add <text>')
      .description('add a leave trigger')
      .option('--weight <n>', 'how much it matters, 1–10', '1')
      .option('--slug <slug>', 'short name (default: from the text)'),
  )
    .addHelpText('after', '\nExample:\n  keel trigger add "Promises about promotion keep moving" --weight 2')
    .action(async (text: string, o: { weight: string; slug?: string; db?: string; json?: boolean }) => {
      const t = await env.withKeel(o, async (ctx) => (await triggersService()).addTrigger(ctx, { text, weight: num(o.weight), slug: o.slug }));
      if (o.json) return env.out.json(t);
      env.out.line(`Added trigger ${t.slug}: ${t.text}`);
      env.out.note(`Next: keel observe ${t.slug} --note "what happened"`);
    });
  common(trigger.command('list').description('list triggers').option('--all', 'include retired ones'))
    .addHelpText('after', '\nExamples:\n  keel trigger list\n  keel trigger list --all --json')
    .action(async (o: { all?: boolean; db?: string; json?: boolean }) => {
      const all = await env.withKeel(o, async (ctx) => (await queries()).listTriggers(ctx));
      const shown = o.all ? all : all.filter((t) => t.active);
      if (o.json) return env.out.json(shown);
      if (shown.length === 0) return env.out.line('No leave triggers yet. Add one: keel trigger add "<what would make you leave>"');
      for (const l of table([
        ['ID', 'SLUG', 'WEIGHT', 'TRIGGER'],
        ...shown.map((t) => [String(t.id), t.slug, String(t.weight), `${t.text}${t.active ? '' : ' (retired)'}`]),
      ]))
        env.out.line(l);
    });
  common(trigger.command('retire <trigger>').description('retire a trigger (by id, slug or text); its history stays'))
    .addHelpText('after', '\nExample:\n  keel trigger retire gamified-kpis')
    .action(async (ref: string, o: { db?: string; json?: boolean }) => {
      const t = await env.withKeel(o, async (ctx) => (await triggersService()).retireTrigger(ctx, ref));
      if (o.json) return env.out.json(t);
      env.out.line(`Retired ${t.slug}. It no longer counts towards the verdict; its observations are kept.`);
    });

  common(
    program
      .command('observe <trigger>')
      .description('note that a leave trigger showed up (by id, slug or exact text)')
      .option('--on <date>', 'when, YYYY-MM-DD (default: today)')
      .option('--severity <n>', '1 (minor) to 3 (serious)', '1')
      .option('--note <text>', 'what happened'),
  )
    .addHelpText('after', '\nExample:\n  keel observe blame --severity 2 --note "Postmortem turned into finger-pointing"')
    .action(async (ref: string, o: { on?: string; severity: string; note?: string; db?: string; json?: boolean }) => {
      const obs = await env.withKeel(o, async (ctx) =>
        (await triggersService()).observe(ctx, { trigger: ref, on: o.on, severity: num(o.severity), note: o.note }),
      );
      if (o.json) return env.out.json(obs);
      env.out.line(`Noted ${obs.slug} on ${obs.observedOn} (severity ${obs.severity}).`);
      env.out.note('Next: keel status');
    });
}
