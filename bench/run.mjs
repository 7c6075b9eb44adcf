// `npm run bench`: cold starts of the built CLI against bare `node -e 0`, and in-process rule evaluation,
// measured in one run and reported as ratios (these machines are shared and noisy: compare, don't time).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { nodeBundle } from '../scripts/node-bundle.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'dist', 'keel.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const AS_OF = '2026-11-29';
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
const keelCommands = (bin, label) => ({
  [`${label} --version`]: [process.execPath, [bin, '--version']],
  [`${label} job list --json (20 y)`]: [process.execPath, [bin, 'job', 'list', '--json', '--db', db20]],
  [`${label} status --json (20 y)`]: [process.execPath, [bin, 'status', '--json', '--db', db20]],
});
// BENCH_BASELINE=<another build's keel.mjs> times it in the same runs: on a noisy machine, the way to compare two builds.
const baseline = process.env.BENCH_BASELINE;
const commands = {
  'node -e 0': [process.execPath, ['-e', '0']],
  ...keelCommands(BIN, 'keel'),
  ...(baseline ? keelCommands(path.resolve(baseline), 'baseline') : {}),
};
const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i < RUNS + 2; i++) {
  // Interleaved, so that a noisy moment hurts every command alike; the first two rounds warm the file cache.
  for (const [name, [cmd, args]] of Object.entries(commands)) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
    if (i >= 2) times[name].push(ms);
  }
}
const base = median(times['node -e 0']);
console.log(`Cold start, median of ${RUNS} runs (ratio to bare node):`);
for (const [name, xs] of Object.entries(times)) console.log(`  ${name.padEnd(34)} ${median(xs).toFixed(1).padStart(7)} ms  ${(median(xs) / base).toFixed(2)}×`);

const one = await timeEvaluate(db1, AS_OF, 200);
const twenty = await timeEvaluate(db20, AS_OF, 200);
console.log('\nIn-process evaluation of all rules, median of 200 runs:');
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
