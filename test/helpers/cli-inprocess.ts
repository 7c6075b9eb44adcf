/**
 * The CLI run in this process through `run(argv, deps)`, with a fake terminal: the same commander
 * program, use cases and SQLite store as the built binary, without a Node.js start per case. Use the
 * spawned `keel()` of ./cli.ts for what only a real process shows (the bundle, exit codes, signals).
 */
import { Writable } from 'node:stream';
import { type CliDeps, run } from '../../src/cli/program.js';
import { openSession } from '../../src/main.js';
import { createSalt, decryptFile, encryptFile, isEncrypted } from '../../src/store/encryption.js';
import type { Run } from './cli.js';

const sink = (into: (s: string) => void) =>
  new Writable({
    write(chunk, _encoding, done) {
      into(String(chunk));
      done();
    },
  });

/** Runs `keel <args>` in-process against `db`, "today" pinned like the spawned helper (2026-11-29 unless given). */
export async function keelIn(args: string[], opts: { db?: string; today?: string; env?: Record<string, string>; tty?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const env: NodeJS.ProcessEnv = { NO_COLOR: '1', KEEL_TODAY: opts.today ?? '2026-11-29', ...opts.env };
  if (opts.db) env.KEEL_DB = opts.db;
  const deps: CliDeps = {
    io: { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), stdinIsTTY: opts.tty ?? false, env },
    version: 'test',
    open: openSession,
    encryption: { isEncrypted, create: createSalt, encrypt: encryptFile, decrypt: decryptFile },
  };
  const code = await run(args, deps);
  return { code, stdout, stderr };
}
