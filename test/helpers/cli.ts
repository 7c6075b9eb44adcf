/** Runs the built `keel` (dist/keel.mjs, built by `npm test`) against a temporary database. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'dist', 'keel.mjs');
/** Test data kept in the repository: a clone tests alone, with nothing read from outside it. */
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function tempDir(prefix = 'keel-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A fresh database path in its own temporary directory. */
export const tempDb = (): string => path.join(tempDir(), 'keel.db');

export function keel(args: string[], opts: { db?: string; today?: string; env?: Record<string, string>; input?: string } = {}): Run {
  if (!fs.existsSync(BIN)) throw new Error('dist/keel.mjs is missing: run `npm run build` (npm test does)');
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', KEEL_TODAY: opts.today ?? '2026-11-29', ...opts.env };
  if (opts.db) env.KEEL_DB = opts.db;
  const r = spawnSync(process.execPath, [BIN, ...args], { env, input: opts.input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Like `keel`, but fails the test with the output when the command does not exit 0. */
export function ok(args: string[], opts: Parameters<typeof keel>[1] = {}): Run {
  const r = keel(args, opts);
  if (r.code !== 0) throw new Error(`keel ${args.join(' ')} exited ${r.code}\n${r.stderr}${r.stdout}`);
  return r;
}

export const json = <T = unknown>(args: string[], opts: Parameters<typeof keel>[1] = {}): T => JSON.parse(ok([...args, '--json'], opts).stdout) as T;
