import fs from 'node:fs';
import type { Command } from 'commander';
import { KeelError } from '../../core/errors.js';
import { encryption } from '../encryption.js';
import { common, type Env } from '../program.js';

export function registerEncryption(program: Command, env: Env): void {
  common(program.command('encrypt').description('encrypt this database in place with a passphrase (see docs/ENCRYPTION.md)'))
    .addHelpText('after', '\nThe passphrase is asked twice on a terminal, or read from KEEL_PASSPHRASE.\n\nExample:\n  keel encrypt --db ~/keel.db')
    .action(async (o: { db?: string; json?: boolean }) => {
      const db = existing(env, o);
      const enc = encryption(env);
      if (enc.isEncrypted(db))
        throw new KeelError('Conflict', `${db} is already encrypted`, 'Nothing to do. To change the passphrase: keel decrypt, then keel encrypt.');
      await enc.encrypt(db, await env.passphrase(db, true));
      if (o.json) return env.out.json({ encrypted: db });
      env.out.line(`Encrypted ${db}.`);
      env.out.note(`Keel cannot recover a forgotten passphrase. Keep ${db}.keel-salt with the database: it cannot be opened without it.`);
    });

  common(program.command('decrypt').description('store this database unencrypted again'))
    .addHelpText('after', '\nExample:\n  KEEL_PASSPHRASE=… keel decrypt --db ~/keel.db')
    .action(async (o: { db?: string; json?: boolean }) => {
      const db = existing(env, o);
      const enc = encryption(env);
      if (!enc.isEncrypted(db)) throw new KeelError('Conflict', `${db} is not encrypted`, 'Nothing to do.');
      await enc.decrypt(db, await env.passphrase(db));
      if (o.json) return env.out.json({ decrypted: db });
      env.out.line(`Decrypted ${db}: it is stored in plain SQLite again.`);
    });
}

function existing(env: Env, o: { db?: string }): string {
  const db = env.dbPath(o);
  if (!fs.existsSync(db)) throw new KeelError('NotFound', `there is no database at ${db}`, 'Check --db or KEEL_DB.');
  return db;
}
