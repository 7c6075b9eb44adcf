import type { Command } from 'commander';
import { KeelError } from '../../core/errors.js';
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
    .addHelpText(
      'after',
      '\nExample:\n  keel trigger add "Promises about promotion keep moving" --weight 2\n\nOn a terminal, adding the text of a retired trigger offers to restore it.',
    )
    .action(async (text: string, o: { weight: string; slug?: string; db?: string; json?: boolean }) => {
      const added = await env.withKeel(o, async (ctx) => {
        const s = await triggersService();
        try {
          return await s.addTrigger(ctx, { text, weight: num(o.weight), slug: o.slug });
        } catch (e) {
          const retired = e instanceof KeelError && e.code === 'Conflict' && env.io.stdinIsTTY && !o.json ? await s.retiredTriggerWithText(ctx, text) : null;
          if (!retired) throw e;
          const p = await import('@clack/prompts');
          const yes = await p.confirm({ message: `"${retired.text}" is a retired trigger (${retired.slug}). Restore it?`, initialValue: true });
          if (p.isCancel(yes) || yes !== true) throw e;
          return { ...(await s.restoreTrigger(ctx, retired.slug)), restored: true as const };
        }
      });
      if (o.json) return env.out.json(added);
      if ('restored' in added) env.out.line(`Restored ${added.slug}: ${added.text}`);
      else env.out.line(`Added trigger ${added.slug}: ${added.text}`);
      env.out.note(`Next: keel observe ${added.slug} --note "what happened"`);
    });
  common(trigger.command('list').description('list triggers').option('--all', 'include retired ones'))
    .addHelpText('after', '\nExamples:\n  keel trigger list\n  keel trigger list --all --json')
    .action(async (o: { all?: boolean; db?: string; json?: boolean }) => {
      const all = await env.withKeel(o, async (ctx) => (await queries()).listTriggers(ctx));
      const shown = o.all ? all : all.filter((t) => t.active);
      if (o.json) return env.out.json(shown);
      const hidden = all.length - shown.length;
      const more = () => {
        if (hidden) env.out.note(`${hidden} retired trigger${hidden === 1 ? '' : 's'} not shown: keel trigger list --all`);
      };
      if (shown.length === 0) {
        if (hidden) return more();
        return env.out.line('No leave triggers yet. Add one: keel trigger add "<what would make you leave>"');
      }
      for (const l of table([
        ['ID', 'SLUG', 'WEIGHT', 'TRIGGER'],
        ...shown.map((t) => [String(t.id), t.slug, String(t.weight), `${t.text}${t.active ? '' : ` (retired ${t.retiredAt?.slice(0, 10) ?? ''})`}`]),
      ]))
        env.out.line(l);
      more();
    });
  common(trigger.command('retire <trigger>').description('retire a trigger (by id, slug or text); its history stays'))
    .addHelpText('after', '\nExample:\n  keel trigger retire gamified-kpis')
    .action(async (ref: string, o: { db?: string; json?: boolean }) => {
      const t = await env.withKeel(o, async (ctx) => (await triggersService()).retireTrigger(ctx, ref));
      if (o.json) return env.out.json(t);
      env.out.line(`Retired ${t.slug}. It no longer counts towards the verdict; its observations are kept.`);
      env.out.note(`Changed your mind? keel trigger restore ${t.slug}`);
    });
  common(trigger.command('restore <trigger>').description('count a retired trigger again (by id, slug or text)'))
    .addHelpText('after', '\nExample:\n  keel trigger restore gamified-kpis')
    .action(async (ref: string, o: { db?: string; json?: boolean }) => {
      const t = await env.withKeel(o, async (ctx) => (await triggersService()).restoreTrigger(ctx, ref));
      if (o.json) return env.out.json(t);
      env.out.line(`Restored ${t.slug}. It counts towards the verdict again, with its earlier observations.`);
      env.out.note(`Next: keel observe ${t.slug} --note "what happened"`);
    });
  common(
    trigger
      .command('rename <trigger> <new-slug>')
      .description('give a trigger a new short name (lowercase words joined by dashes); rules that watch it follow'),
  )
    .addHelpText('after', '\nExample:\n  keel trigger rename manager-who-takes-credit-for manager-takes-credit')
    .action(async (ref: string, slug: string, o: { db?: string; json?: boolean }) => {
      const r = await env.withKeel(o, async (ctx) => (await triggersService()).renameTrigger(ctx, ref, slug));
      if (o.json) return env.out.json(r);
      const n = r.rulesFollowed;
      env.out.line(`Renamed ${r.previousSlug} → ${r.trigger.slug}${n ? ` (${n} rule${n === 1 ? ' follows' : 's follow'} it)` : ''}.`);
      env.out.note(`Next: keel observe ${r.trigger.slug} --note "what happened"`);
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
        (await triggersService()).observe(ctx, { trigger: ref, observedOn: o.on, severity: num(o.severity), note: o.note }),
      );
      if (o.json) return env.out.json(obs);
      env.out.line(`Noted ${obs.slug} on ${obs.observedOn} (severity ${obs.severity}).`);
      env.out.note('Next: keel status');
    });
}
