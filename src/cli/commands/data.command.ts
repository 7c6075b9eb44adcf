import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { KeelError } from '../../core/errors.js';
import { readTextFile, writeFileAtomic } from '../files.js';
import { common, type Env } from '../program.js';

/** Loaded on use, so that commands which do not need it start faster. */
const transferService = () => import('../../app/transfer.service.js');

export function registerData(program: Command, env: Env): void {
  common(program.command('export').description('everything, as versioned JSON (stdout or --out)').option('--out <file>', 'write to a file instead of stdout'))
    .addHelpText('after', '\nExamples:\n  keel export --out keel-2026-11-29.json\n  keel export > everything.json')
    .action(async (o: { out?: string; db?: string }) => {
      const text = await env.withKeel(o, async (ctx) => (await transferService()).exportAll(ctx));
      if (!o.out) return void env.io.stdout.write(text);
      writeFileAtomic(o.out, text);
      env.out.note(`Exported everything to ${o.out}.`);
    });

  common(
    program
      .command('import <file>')
      .description('load an export into an empty database (all or nothing)')
      .option('--replace', 'replace everything in this database'),
  )
    .addHelpText('after', '\nExamples:\n  keel import keel-2026-11-29.json --db ~/new-keel.db\n  keel import keel-2026-11-29.json --replace')
    .action(async (file: string, o: { replace?: boolean; db?: string; json?: boolean }) => {
      const text = readTextFile(file);
      const data = await env.withKeel(o, async (ctx) => (await transferService()).importAll(ctx, text, file, Boolean(o.replace)));
      const counts = {
        checkIns: data.checkIns.length,
        observations: data.observations.length,
        triggers: data.triggers.length,
        principles: data.principles.length,
        accomplishments: data.accomplishments.length,
        jobs: data.jobs.length,
      };
      if (o.json) return env.out.json({ imported: counts });
      env.out.line(
        `Imported ${counts.checkIns} check-ins, ${counts.observations} observations, ${counts.triggers} triggers, ${counts.principles} principles, ${counts.accomplishments} wins and ${counts.jobs} jobs.`,
      );
      env.out.note('Next: keel status');
    });

  common(
    program
      .command('backup')
      .description('a consistent copy of the database file, taken while Keel stays usable')
      .option('--out <file>', 'where to write it (default: backups/ beside the database)'),
  )
    .addHelpText('after', '\nExamples:\n  keel backup\n  keel backup --out ~/keel-backup.db')
    .action(async (o: { out?: string; db?: string; json?: boolean }) => {
      const db = env.dbPath(o);
      const stamp = env.clock.now().replace(/[:.]/g, '-').slice(0, 19);
      const target = o.out ?? path.join(path.dirname(path.resolve(db)), 'backups', `keel-${stamp}.db`);
      if (fs.existsSync(target)) throw new KeelError('Conflict', `${target} already exists`, 'Choose another --out; Keel never overwrites a backup.');
      fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true, mode: 0o700 });
      await env.withKeel(o, (ctx) => ctx.store.backup(target));
      fs.chmodSync(target, 0o600);
      if (o.json) return env.out.json({ backup: target, bytes: fs.statSync(target).size });
      env.out.line(`Backed up to ${target}.`);
    });

  common(program.command('purge').description('delete everything: every row, then the database file itself').option('--yes', 'do not ask for confirmation'))
    .addHelpText('after', '\nKeep a copy first with: keel export --out keel.json\n\nExample:\n  keel purge --yes --db ~/keel-test.db')
    .action(async (o: { yes?: boolean; db?: string; json?: boolean }) => {
      const db = env.dbPath(o);
      if (!fs.existsSync(db)) throw new KeelError('NotFound', `there is no database at ${db}`, 'Nothing to delete.');
      if (!o.yes) {
        if (!env.io.stdinIsTTY)
          throw new KeelError(
            'InvalidInput',
            `refusing to delete ${db} without confirmation`,
            'Add --yes (after keeping a copy with keel export --out keel.json).',
          );
        const p = await import('@clack/prompts');
        const answer = await p.confirm({ message: `Delete everything in ${db}? This cannot be undone.`, initialValue: false });
        if (p.isCancel(answer) || answer !== true) return env.out.note('Nothing was deleted.');
      }
      await env.withKeel(o, async (ctx) => (await transferService()).purgeAll(ctx));
      for (const suffix of ['', '-wal', '-shm', '-journal', '.keel-salt']) fs.rmSync(`${db}${suffix}`, { force: true });
      if (o.json) return env.out.json({ purged: db });
      env.out.line(`Deleted every row and ${db}. Keel kept nothing.`);
    });
}
