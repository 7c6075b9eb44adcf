/** The composition root: wires the CLI to the SQLite store. The only module that sees every layer. */
import type { Clock } from './app/ports.js';
import { type KeelSession, type Passphrase, run } from './cli/program.js';
import { backupEncrypted, createSalt, decryptFile, deriveKey, encryptFile, isEncrypted } from './store/encryption.js';
import { openSqlite } from './store/sqlite.js';
import { createStore } from './store/store.js';

export async function openSession(dbPath: string, clock: Clock, passphrase?: Passphrase): Promise<KeelSession> {
  // A plain database pays one stat here; the key derivation and the cipher build load only for an encrypted one.
  const key = passphrase && isEncrypted(dbPath) ? await deriveKey(dbPath, await passphrase(dbPath)) : undefined;
  const handle = await openSqlite(dbPath, clock.now(), 'immediate', key);
  const store = createStore(handle.db, {
    engine: 'sqlite',
    backup: async (target) => {
      if (key) backupEncrypted(handle.raw, dbPath, target);
      else await handle.raw.backup(target);
    },
  });
  return { ctx: { store, clock }, dbPath, close: () => handle.db.destroy() };
}

export async function main(argv: string[], version: string): Promise<number> {
  return run(argv, {
    io: {
      stdout: process.stdout,
      stderr: process.stderr,
      // Read only by commands that may ask: creating the stdin stream loads modules that other commands never need.
      get stdinIsTTY() {
        return Boolean(process.stdin.isTTY);
      },
      env: process.env,
    },
    version,
    open: openSession,
    encryption: { isEncrypted, create: createSalt, encrypt: encryptFile, decrypt: decryptFile },
    // Loaded only by `keel serve`, so other commands never load the web server.
    serveWeb: async (ctx, options) => (await import('./web/server.js')).startServer(ctx, options),
  });
}
