/** The composition root: wires the CLI to the SQLite store. The only module that sees every layer. */
import type { Clock } from './app/ports.js';
import { type KeelSession, run } from './cli/program.js';
import { openSqlite } from './store/sqlite.js';
import { createStore } from './store/store.js';

export async function openSession(dbPath: string, clock: Clock): Promise<KeelSession> {
  const handle = await openSqlite(dbPath, clock.now());
  const store = createStore(handle.db, {
    engine: 'sqlite',
    backup: async (target) => {
      await handle.raw.backup(target);
    },
  });
  return { ctx: { store, clock }, dbPath, close: () => handle.db.destroy() };
}

export async function main(argv: string[], version: string): Promise<number> {
  return run(argv, {
    io: { stdout: process.stdout, stderr: process.stderr, stdinIsTTY: Boolean(process.stdin.isTTY), env: process.env },
    version,
    open: openSession,
    // Loaded only by `keel serve`, so other commands never load the web server.
    serveWeb: async (ctx, options) => (await import('./web/server.js')).startServer(ctx, options),
  });
}
