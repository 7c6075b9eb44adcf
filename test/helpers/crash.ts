/**
 * Crash trials: `keel checkin` processes (each with a win and an observed trigger, so a half-written
 * check-in would show) are killed with SIGKILL at random moments. After every kill the database must
 * pass `PRAGMA integrity_check`, hold every acknowledged check-in, and no check-in without its win and
 * observation. Used by test/crash.test.ts (50 trials) and `npm run stress` (1,000).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { addWeeks } from '../../src/core/iso-week.js';
import { BIN, ok, tempDb } from './cli.js';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3-multiple-ciphers');

export interface CrashReport {
  trials: number;
  killed: number;
  acknowledged: number;
  lost: number;
  corrupt: number;
  halfWritten: number;
}

function runKilled(db: string, week: string, killAfterMs: number): Promise<{ acknowledged: boolean; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        BIN,
        'checkin',
        '--json',
        '--week',
        week,
        '--hours',
        '40',
        '--quality',
        '3',
        '--satisfaction',
        '3',
        '--energy',
        '3',
        '--growth',
        '3',
        '--respected',
        'yes',
        '--win',
        `win ${week}`,
        '--observe',
        'blame',
      ],
      { env: { ...process.env, KEEL_DB: db, KEEL_TODAY: '2030-12-31', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      // Acknowledged = the process printed the saved check-in, which it does only after the commit returned.
      resolve({ acknowledged: code === 0 && out.includes(`"week": "${week}"`), killed: signal === 'SIGKILL' });
    });
  });
}

export async function crashTrials(trials: number, maxDelayMs = 250): Promise<CrashReport> {
  const db = tempDb();
  ok(['init'], { db, today: '2030-12-31' });
  const report: CrashReport = { trials, killed: 0, acknowledged: 0, lost: 0, corrupt: 0, halfWritten: 0 };
  const acknowledged = new Set<string>();
  for (let i = 0; i < trials; i++) {
    const week = addWeeks('2010-W01', i);
    const r = await runKilled(db, week, Math.floor(Math.random() * maxDelayMs));
    if (r.killed) report.killed++;
    if (r.acknowledged) acknowledged.add(week);
    const raw = new Database(db);
    try {
      if (raw.pragma('integrity_check', { simple: true }) !== 'ok') report.corrupt++;
      const weeks = new Set((raw.prepare('select week from check_ins').all() as { week: string }[]).map((x) => x.week));
      for (const w of acknowledged) if (!weeks.has(w)) report.lost++;
      const half = raw
        .prepare(
          `select count(*) as n from check_ins c
           where not exists (select 1 from accomplishments a where a.text = 'win ' || c.week)
              or not exists (select 1 from observations o where o.week = c.week)`,
        )
        .get() as { n: number };
      report.halfWritten += half.n;
    } finally {
      raw.close();
    }
  }
  report.acknowledged = acknowledged.size;
  return report;
}
