// The built CLI loads Kysely, commander and better-sqlite3 from one script with a V8 code cache made by the
// build (scripts/vendor.mjs). The cache must be one V8 accepts, and a refused one must change nothing but speed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ok, ROOT, tempDb } from './helpers/cli.js';

const CHUNKS = path.join(ROOT, 'dist', 'chunks');
const db = tempDb();

/** Runs the built CLI under `node <flags>`: other V8 flags than the build's make V8 refuse the cache. */
const keelWith = (flags: string[], args: string[]) =>
  spawnSync(process.execPath, [...flags, BIN, ...args, '--db', db], { env: { ...process.env, NO_COLOR: '1', KEEL_TODAY: '2026-11-29' }, encoding: 'utf8' });

beforeAll(() => {
  ok(['init'], { db });
  ok(['job', 'start', 'Acme', '--title', 'Engineer', '--since', '2025-01-06'], { db });
  ok(['observe', 'blame', '--on', '2026-11-20', '--note', 'Postmortem turned into finger-pointing'], { db });
  ok(['observe', 'values', '--on', '2026-11-20', '--note', 'Reversed a promise'], { db });
});

describe('code cache', () => {
  it('ships with the build, and V8 accepts it', () => {
    const names = fs.readdirSync(CHUNKS).filter((f) => /^vendor-[0-9a-f]+\.cjs$/.test(f));
    expect(names).toHaveLength(1);
    const name = (names[0] as string).replace(/\.cjs$/, '');
    expect(fs.existsSync(path.join(CHUNKS, `${name}.cache`))).toBe(true);
    const loader = path.join(ROOT, 'scripts', 'vendor-loader.mjs');
    const check = `import { vendorScript } from ${JSON.stringify(loader)}; console.log(vendorScript(${JSON.stringify(name)}, ${JSON.stringify(CHUNKS)}).cachedDataRejected);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', check], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('false');
  });

  it('gives the same answers when V8 refuses it', () => {
    for (const args of [['status', '--json'], ['job', 'list', '--json'], ['status']]) {
      const cached = keelWith([], args);
      const refused = keelWith(['--stack-size=2000'], args);
      expect(cached.status).toBe(0);
      expect(refused.status).toBe(0);
      expect(refused.stdout).toBe(cached.stdout);
      expect(refused.stderr).toBe(cached.stderr);
    }
  });
});
