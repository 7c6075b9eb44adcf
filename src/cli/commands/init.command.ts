import { type Command, Option } from 'commander';
import type { Template } from '../../app/setup.service.js';
import { encryption } from '../encryption.js';
import { common, type Env } from '../program.js';

/** Loaded on use, so that commands which do not need it start faster. */
const setupService = () => import('../../app/setup.service.js');

export function registerInit(program: Command, env: Env): void {
  common(
    program
      .command('init')
      .description('set up Keel in a new database')
      .addOption(new Option('--template <name>', 'starter: beliefs, triggers and rules; blank: rules only').choices(['starter', 'blank']).default('starter'))
      .option('--encrypt', 'encrypt the database with a passphrase (KEEL_PASSPHRASE, or asked twice on a terminal)'),
  )
    .addHelpText('after', '\nExamples:\n  keel init\n  keel init --template blank --db ~/keel-test.db\n  keel init --encrypt')
    .action(async (opts: { template: Template; encrypt?: boolean; db?: string; json?: boolean }) => {
      const db = env.dbPath(opts);
      const encrypted = Boolean(opts.encrypt) || Boolean(env.encryption?.isEncrypted(db));
      if (opts.encrypt && !encryption(env).isEncrypted(db)) {
        await env.passphrase(db, true);
        encryption(env).create(db);
      }
      const result = await env.withKeel(opts, async (ctx) => (await setupService()).initKeel(ctx, opts.template));
      if (opts.json) return env.out.json({ ...result, db, encrypted });
      const { out } = env;
      out.line(
        result.template === 'starter'
          ? `Keel is set up with the starter template: ${result.sections} sections, ${result.principles} principles, ${result.triggers} leave triggers, ${result.rules} rules.`
          : `Keel is set up, blank: ${result.rules} rules and no principles or triggers yet.`,
      );
      out.line(out.dim(`Data: ${db} (${encrypted ? 'encrypted; ' : ''}stays on this machine)`));
      out.note('Next: keel job start <employer> --title <title> --since YYYY-MM-DD');
    });
}
