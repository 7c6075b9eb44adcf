// Bundles the CLI into dist/ with esbuild: a small entry, the rest in lazily loaded chunks, and the packages
// every command starts with in one precompiled script (scripts/vendor.mjs).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { BUILD_INFO, writeBuildInfo } from './build-info.mjs';
import { nodeBundle } from './node-bundle.mjs';
import { buildVendor, importedNames, VENDORED, vendorPlugin, writeCodeCache } from './vendor.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Build beside dist/ and swap in, so that a `keel` already running (or a test) never sees half a build.
const next = `.build-${process.pid}`;
rmSync(next, { recursive: true, force: true });
const options = {
  entryPoints: { keel: 'src/bin.ts' },
  outdir: next,
  ...nodeBundle,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  minify: true,
  // Maps beside the chunks, read only with KEEL_DEBUG=1 (src/bin.ts), so a stack trace names src/ files.
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  define: { KEEL_VERSION: JSON.stringify(pkg.version) },
  banner: { js: `#!/usr/bin/env node\n${nodeBundle.banner.js}` },
};
try {
  // What Keel imports from the vendored packages, then those as one script, then Keel importing them from it.
  const probe = await build({ ...options, external: [...nodeBundle.external, ...VENDORED], write: false });
  const names = importedNames(probe.outputFiles);
  const vendor = await buildVendor(names, `${next}/chunks`);
  const built = await build({ ...options, plugins: [vendorPlugin(names, vendor)], metafile: true });
  // Which source went into which chunk, and what each chunk imports: test/bundle.test.ts reads it.
  writeFileSync(`${next}/meta.json`, JSON.stringify(built.metafile));
  try {
    writeCodeCache(next, vendor);
  } catch (e) {
    // Only a cache: Keel runs without it (compiling as usual), so the build goes on.
    console.warn(`build: no code cache (${e.message.trim()})`);
  }
  writeBuildInfo(next);
} catch (e) {
  rmSync(next, { recursive: true, force: true });
  throw e;
}
mkdirSync('dist', { recursive: true });
const old = `dist/.old-${process.pid}`;
if (existsSync('dist/chunks')) renameSync('dist/chunks', old);
renameSync(`${next}/chunks`, 'dist/chunks');
renameSync(`${next}/keel.mjs`, 'dist/keel.mjs');
renameSync(`${next}/keel.mjs.map`, 'dist/keel.mjs.map');
renameSync(`${next}/meta.json`, 'dist/meta.json');
renameSync(`${next}/${BUILD_INFO}`, `dist/${BUILD_INFO}`);
rmSync(old, { recursive: true, force: true });
rmSync(next, { recursive: true, force: true });
