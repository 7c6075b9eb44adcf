// Bundles the CLI into dist/ with esbuild: a small entry, and the rest in lazily loaded chunks.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Build beside dist/ and swap in, so that a `keel` already running (or a test) never sees half a build.
const next = `.build-${process.pid}`;
rmSync(next, { recursive: true, force: true });
await build({
  entryPoints: { keel: 'src/bin.ts' },
  outdir: next,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // Prefer ES modules: some packages' CommonJS entries are UMD wrappers esbuild cannot follow.
  mainFields: ['module', 'main'],
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers', 'pg'],
  define: { KEEL_VERSION: JSON.stringify(pkg.version) },
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __keelRequire } from 'node:module'; const require = __keelRequire(import.meta.url);" },
  logLevel: 'warning',
});
mkdirSync('dist', { recursive: true });
const old = `dist/.old-${process.pid}`;
if (existsSync('dist/chunks')) renameSync('dist/chunks', old);
renameSync(`${next}/chunks`, 'dist/chunks');
renameSync(`${next}/keel.mjs`, 'dist/keel.mjs');
rmSync(old, { recursive: true, force: true });
rmSync(next, { recursive: true, force: true });
