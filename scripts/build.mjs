// Bundles the CLI into dist/ with esbuild: a small entry, and the rest in lazily loaded chunks.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { nodeBundle } from './node-bundle.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Build beside dist/ and swap in, so that a `keel` already running (or a test) never sees half a build.
const next = `.build-${process.pid}`;
rmSync(next, { recursive: true, force: true });
await build({
  entryPoints: { keel: 'src/bin.ts' },
  outdir: next,
  ...nodeBundle,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  define: { KEEL_VERSION: JSON.stringify(pkg.version) },
  banner: { js: `#!/usr/bin/env node\n${nodeBundle.banner.js}` },
});
mkdirSync('dist', { recursive: true });
const old = `dist/.old-${process.pid}`;
if (existsSync('dist/chunks')) renameSync('dist/chunks', old);
renameSync(`${next}/chunks`, 'dist/chunks');
renameSync(`${next}/keel.mjs`, 'dist/keel.mjs');
rmSync(old, { recursive: true, force: true });
rmSync(next, { recursive: true, force: true });
