// The built CLI loads Kysely, commander and the SQLite driver from one script with a V8 code cache, one per
// Node version and set of flags (scripts/vendor-loader.mjs): the build makes the one for the Node that built it,
// and a command run on another Node (or with other V8 flags) writes its own. On Node 22 and later the other
// chunks go through Node's module compile cache (bin.ts). A cache must change nothing but speed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ok, ROOT, tempDb, tempDir } from './helpers/cli.js';

const CHUNKS = path.join(ROOT, 'dist', 'chunks');
const LOADER = path.join(ROOT, 'scripts', 'vendor-loader.mjs');
const db = tempDb();
const env = { ...process.env, NO_COLOR: '1', KEEL_TODAY: '2026-11-29' };

/** Runs the built CLI under `node <flags>`: other V8 flags than the build's make V8 refuse its cache. */
const keelWith = (flags: string[], args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, [...flags, BIN, ...args, '--db', db], { env: { ...env, ...extra }, encoding: 'utf8' });

/** Runs a module in a Node started as the CLI is (no flags of its own), printing what it logs. */
function nodeModule(source: string): string {
  const file = path.join(tempDir(), 'check.mjs');
  fs.writeFileSync(file, source);
  const r = spawnSync(process.execPath, [file], { env, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

const vendorName = (): string => {
  const names = fs.readdirSync(CHUNKS).filter((f) => /^vendor-[0-9a-f]+\.cjs$/.test(f));
  expect(names).toHaveLength(1);
  return (names[0] as string).replace(/\.cjs$/, '');
};

/** The cache file the loader uses for a Node started with `flags`. */
const cacheFor = (flags: string[]): string =>
  nodeModule(
    `import { cachePath, runtimeTag } from ${JSON.stringify(LOADER)}; console.log(cachePath(${JSON.stringify(vendorName())}, ${JSON.stringify(CHUNKS)}, runtimeTag(${JSON.stringify(flags)})));`,
  );

beforeAll(() => {
  ok(['init'], { db });
  ok(['job', 'start', 'Acme', '--title', 'Engineer', '--since', '2025-01-06'], { db });
  ok(['observe', 'blame', '--on', '2026-11-20', '--note', 'Postmortem turned into finger-pointing'], { db });
  ok(['observe', 'values', '--on', '2026-11-20', '--note', 'Reversed a promise'], { db });
});

describe('code cache', () => {
  it('ships with the build for the Node that built it, and V8 accepts it', () => {
    const name = vendorName();
    const built = fs.readdirSync(CHUNKS).filter((f) => f.startsWith(`${name}.${process.version}-${process.arch}-`) && f.endsWith('.cache'));
    expect(built.length).toBeGreaterThanOrEqual(1);
    // The one a command started as the tests start it uses: the build's, or the one the first command wrote.
    expect(keelWith([], ['status', '--json']).status).toBe(0);
    const rejected = nodeModule(
      `import { vendorScript } from ${JSON.stringify(LOADER)}; console.log(vendorScript(${JSON.stringify(name)}, ${JSON.stringify(CHUNKS)}).cachedDataRejected);`,
    );
    expect(rejected).toBe('false');
  });

  it('gives the same answers without a cache V8 takes, and writes one for that Node and those flags', () => {
    const flags = ['--stack-size=2000'];
    const cache = cacheFor(flags);
    expect(cache).not.toBe(cacheFor([]));
    fs.rmSync(cache, { force: true });
    for (const args of [['status', '--json'], ['job', 'list', '--json'], ['status']]) {
      const cached = keelWith([], args);
      const other = keelWith(flags, args);
      expect(cached.status).toBe(0);
      expect(other.status).toBe(0);
      expect(other.stdout).toBe(cached.stdout);
      expect(other.stderr).toBe(cached.stderr);
    }
    // The first run with those flags wrote their cache; V8 takes it, so later runs leave it as it is.
    expect(fs.existsSync(cache)).toBe(true);
    const written = fs.statSync(cache).mtimeMs;
    expect(keelWith(flags, ['status', '--json']).status).toBe(0);
    expect(fs.statSync(cache).mtimeMs).toBe(written);
    fs.rmSync(cache, { force: true });
  });

  it("uses Node's module compile cache where there is one (Node 22 and later), beside the code, with the same answers", () => {
    const hasCompileCache = Number(process.versions.node.split('.')[0]) >= 22;
    const off = keelWith([], ['status', '--json'], { NODE_DISABLE_COMPILE_CACHE: '1' });
    // Where it goes by default: dist/chunks/compile-cache, and nothing in the temporary folder.
    const tmp = tempDir();
    const defaults: NodeJS.ProcessEnv = { ...env, TMPDIR: tmp };
    delete defaults.NODE_COMPILE_CACHE;
    const byDefault = spawnSync(process.execPath, [BIN, 'status', '--json', '--db', db], { env: defaults, encoding: 'utf8' });
    expect(fs.readdirSync(tmp)).toEqual([]);
    expect(fs.existsSync(path.join(CHUNKS, 'compile-cache'))).toBe(hasCompileCache);
    // NODE_COMPILE_CACHE puts it elsewhere; a second run starts from it.
    const dir = path.join(tempDir(), 'compile-cache');
    const first = keelWith([], ['status', '--json'], { NODE_COMPILE_CACHE: dir });
    const second = keelWith([], ['status', '--json'], { NODE_COMPILE_CACHE: dir });
    for (const r of [off, byDefault, first, second]) {
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(off.stdout);
      expect(r.stderr).toBe('');
    }
    const files = fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }) : [];
    if (hasCompileCache) expect(files.length).toBeGreaterThan(0);
    else expect(files).toEqual([]);
  });
});
