// The esbuild options every Node bundle of Keel shares: the CLI build, the benchmark and test workers.
const REQUIRE_SHIM = "import { createRequire as __keelRequire } from 'node:module'; const require = __keelRequire(import.meta.url);";

export const nodeBundle = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  // Prefer ES modules: some packages' CommonJS entries are UMD wrappers esbuild cannot follow.
  mainFields: ['module', 'main'],
  target: 'node20',
  // The SQLite driver's JavaScript is bundled (it starts faster than from node_modules; store/driver.ts finds its
  // addon). The Postgres driver (tests only) loads from node_modules at run time.
  external: ['pg'],
  // An ESM bundle has no `require`, which bundled CommonJS code still calls.
  banner: { js: REQUIRE_SHIM },
  logLevel: 'warning',
};
