// The esbuild options every Node bundle of Keel shares: the CLI build, the benchmark and test workers.
const REQUIRE_SHIM = "import { createRequire as __keelRequire } from 'node:module'; const require = __keelRequire(import.meta.url);";

export const nodeBundle = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  // Prefer ES modules: some packages' CommonJS entries are UMD wrappers esbuild cannot follow.
  mainFields: ['module', 'main'],
  target: 'node20',
  // better-sqlite3's JavaScript is bundled (it starts faster than from node_modules; store/sqlite.ts finds its
  // addon). The cipher build (rarely used) and the Postgres driver (tests only) load from node_modules at run time.
  external: ['better-sqlite3-multiple-ciphers', 'pg'],
  // An ESM bundle has no `require`, which bundled CommonJS code still calls.
  banner: { js: REQUIRE_SHIM },
  logLevel: 'warning',
};
