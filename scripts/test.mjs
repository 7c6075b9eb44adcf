// `npm test`: lint, typecheck, build, every test; ends with one plain line `N passed, N failed[, N skipped]`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const REPORT = '.vitest-report.json';
const step = (name, cmd, args) => {
  console.log(`\n> ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  return r.status === 0;
};

let ok = true;
ok = step('lint (biome)', 'npx', ['biome', 'check', '.']) && ok;
ok = step('typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit', '-p', '.']) && ok;
const built = step('build', 'node', ['scripts/build.mjs']);
ok = built && ok;

let passed = 0;
let failed = 0;
let skipped = 0;
if (built) {
  rmSync(REPORT, { force: true });
  const vitestOk = step('tests (vitest)', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${REPORT}`,
    ...process.argv.slice(2),
  ]);
  if (existsSync(REPORT)) {
    const report = JSON.parse(readFileSync(REPORT, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests;
    skipped = report.numPendingTests + report.numTodoTests;
    // A suite that fails to load counts no test; make it visible as a failure.
    if (!report.success && failed === 0) failed = report.numFailedTestSuites || 1;
  } else {
    failed += 1;
  }
  ok = vitestOk && ok;
} else {
  failed = 1;
}
if (!ok && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok && failed === 0 ? 0 : 1);
