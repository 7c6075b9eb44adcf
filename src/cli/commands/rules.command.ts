import type { Command } from 'commander';
import { invalid } from '../../core/errors.js';
import { common, type Env } from '../program.js';

/** Loaded on use: reads need no validation library. */
const queries = () => import('../../app/queries.js');
/** Loaded on use, so that commands which do not need it start faster. */
const rulesService = () => import('../../app/rules.service.js');

export function registerRules(program: Command, env: Env): void {
  const rules = program.command('rules').description('your rules: what turns your log into a verdict');
  common(rules.command('list').description('list rules and their parameters'))
    .addHelpText('after', '\nExamples:\n  keel rules list\n  keel rules list --json')
    .action(async (o: { db?: string; json?: boolean }) => {
      const all = await env.withKeel(o, async (ctx) => (await queries()).listRules(ctx));
      if (o.json) return env.out.json(all);
      for (const r of all) {
        const params = Object.entries(r.params as Record<string, unknown>)
          .map(([k, v]) => `${k}=${v === null ? 'none' : String(v)}`)
          .join(' ');
        env.out.line(`${r.enabled ? ' ' : '-'} ${r.name.padEnd(21)} ${r.kind.padEnd(10)} ${params}${r.enabled ? '' : '  (disabled)'}`);
      }
      env.out.note('Change one: keel rules set <rule> <key>=<value>   e.g. keel rules set unsatisfied look=4');
    });
  common(rules.command('set <rule> <assignment...>').description('set parameters, e.g. weeks=6 look=4'))
    .addHelpText(
      'after',
      '\nExamples:\n  keel rules set unsatisfied look=4\n  keel rules set overwork hoursAtLeast=42 count=3\n  keel rules set trigger-persists look=6',
    )
    .action(async (name: string, assignments: string[], o: { db?: string; json?: boolean }) => {
      const pairs = assignments.map((a) => {
        const i = a.indexOf('=');
        if (i <= 0) throw invalid(`"${a}" is not key=value`, `Try: keel rules set ${name} weeks=6`);
        return [a.slice(0, i), a.slice(i + 1)] as const;
      });
      const rule = await env.withKeel(o, async (ctx) => (await rulesService()).setRuleParams(ctx, name, pairs));
      if (o.json) return env.out.json(rule);
      env.out.line(`Updated ${name}: ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}`);
      env.out.note('See what it changes: keel status');
    });
  common(rules.command('disable <rule>').description('stop a rule from counting'))
    .addHelpText('after', '\nExample:\n  keel rules disable no-wins')
    .action(async (name: string, o: { db?: string; json?: boolean }) => {
      const r = await env.withKeel(o, async (ctx) => (await rulesService()).setRuleEnabled(ctx, name, false));
      if (o.json) return env.out.json(r);
      env.out.line(`Disabled ${name}. Turn it back on with: keel rules enable ${name}`);
    });
  common(rules.command('enable <rule>').description('turn a rule back on'))
    .addHelpText('after', '\nExample:\n  keel rules enable no-wins')
    .action(async (name: string, o: { db?: string; json?: boolean }) => {
      const r = await env.withKeel(o, async (ctx) => (await rulesService()).setRuleEnabled(ctx, name, true));
      if (o.json) return env.out.json(r);
      env.out.line(`Enabled ${name}.`);
    });
}
