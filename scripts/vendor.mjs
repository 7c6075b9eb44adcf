// The packages every command opening the database starts with, precompiled. scripts/build.mjs bundles the
// parts of them Keel imports into one CommonJS script (dist/chunks/vendor-<hash>.cjs), has the rest of the
// bundle import them from it (scripts/vendor-loader.mjs), and makes the script's V8 code cache by running
// `keel status` once. Node 20 caches no compiled code for ES modules, and the compile cache of Node 22 and
// later, made before a module runs, saves less than this cache made after a run (docs/ARCHITECTURE.md).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeBundle } from './node-bundle.mjs';

/** The query builder, the command-line parser and the SQLite driver: the bulk of a command's code. */
export const VENDORED = ['kysely', 'commander', 'better-sqlite3-multiple-ciphers'];

const LOADER = fileURLToPath(new URL('./vendor-loader.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * What Keel imports from each vendored package, read from its bundle built with them left external, where
 * esbuild writes each such import as `import d,{a as b,c}from"pkg"`.
 */
export function importedNames(outputFiles) {
  const names = new Map(VENDORED.map((pkg) => [pkg, new Set()]));
  for (const file of outputFiles) {
    for (const [statement, clause, pkg] of file.text.matchAll(/import\s*([^;"]*?)\s*from\s*"([^"]+)"/g)) {
      const used = names.get(pkg);
      if (!used) continue;
      const parts = /^(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\})?$/.exec(clause);
      if (!parts) throw new Error(`scripts/vendor.mjs cannot read this import: ${statement}`);
      if (parts[1]) used.add('default');
      for (const spec of (parts[2] ?? '').split(',').filter((s) => s.trim())) used.add(spec.trim().split(/\s+as\s+/)[0]);
    }
  }
  return names;
}

/** Builds the vendor script into `chunksDir`; returns its name, `vendor-<hash>`. */
export async function buildVendor(names, chunksDir) {
  const { banner: _esmOnly, ...options } = nodeBundle;
  const contents = [...names]
    .map(([pkg, used], i) => {
      const fields = [...used].map((n) => `${JSON.stringify(n)}: p${i}[${JSON.stringify(n)}]`);
      return `import * as p${i} from ${JSON.stringify(pkg)};\nexport const v${i} = { ${fields.join(', ')} };`;
    })
    .join('\n');
  const result = await build({
    ...options,
    stdin: { contents, resolveDir: ROOT, sourcefile: 'vendor.js' },
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    write: false,
  });
  const source = result.outputFiles[0].contents;
  const name = `vendor-${createHash('sha256').update(source).digest('hex').slice(0, 12)}`;
  fs.mkdirSync(chunksDir, { recursive: true });
  fs.writeFileSync(path.join(chunksDir, `${name}.cjs`), source);
  return name;
}

/** Resolves the vendored packages, in Keel's bundle, to the vendor script `name`. */
export function vendorPlugin(names, name) {
  const packages = [...names.keys()];
  const filter = new RegExp(`^(${packages.map((p) => p.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|')}|keel:vendor)$`);
  return {
    name: 'keel-vendor',
    setup(b) {
      b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'keel-vendor' }));
      b.onLoad({ filter: /.*/, namespace: 'keel-vendor' }, (args) => {
        // One module loads the script (in the chunk beside it); one per package hands out its exports.
        if (args.path === 'keel:vendor') {
          return {
            contents: `import { loadVendor } from ${JSON.stringify(LOADER)};\nexport default loadVendor(${JSON.stringify(name)}, import.meta.dirname);`,
            resolveDir: ROOT,
          };
        }
        const i = packages.indexOf(args.path);
        const used = [...names.get(args.path)];
        const named = used.filter((n) => n !== 'default');
        return {
          contents: [
            `import vendor from 'keel:vendor';`,
            named.length ? `export const { ${named.join(', ')} } = vendor.v${i};` : '',
            used.includes('default') ? `export default vendor.v${i}.default;` : '',
          ].join('\n'),
          resolveDir: ROOT,
        };
      });
    },
  };
}

/**
 * Makes the vendor script's code cache for the Node running the build (`<dir>/chunks/<name>.<tag>.cache`, see
 * vendor-loader.mjs): runs the CLI built in `dir` on a small temporary database, the last command (`status`)
 * with KEEL_BUILD_CODE_CACHE set, so that the cache holds what that command ran.
 */
export function writeCodeCache(dir, name) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keel-build-'));
  try {
    const db = path.join(tmp, 'keel.db');
    const run = (args, env = {}) => {
      const r = spawnSync(process.execPath, [path.join(dir, 'keel.mjs'), ...args, '--db', db], {
        // Node's compile cache would only keep entries for this temporary build folder.
        env: { ...process.env, NO_COLOR: '1', KEEL_TODAY: '2026-11-29', NODE_DISABLE_COMPILE_CACHE: '1', ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`keel ${args.join(' ')} failed while making the code cache:\n${r.stderr}`);
    };
    run(['init']);
    run(['job', 'start', 'Acme', '--title', 'Engineer', '--since', '2026-01-05']);
    run(['checkin', '--hours', '45', '--quality', '2', '--satisfaction', '3', '--energy', '2', '--growth', '3', '--respected', 'no']);
    run(['observe', 'blame', '--note', 'A postmortem about people']);
    run(['status', '--json'], { KEEL_BUILD_CODE_CACHE: '1' });
    const made = fs.readdirSync(path.join(dir, 'chunks')).filter((f) => f.startsWith(`${name}.`) && f.endsWith('.cache'));
    if (made.length === 0) throw new Error('keel status wrote no code cache');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
