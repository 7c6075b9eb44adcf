// Four processes × 2,500 read-then-write transactions on one database: every row lands and no
// SQLITE_BUSY reaches anyone. The negative control, with deferred transactions, shows the test can fail.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeBundle } from '../scripts/node-bundle.mjs';
import { ok, ROOT, tempDb } from './helpers/cli.js';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3-multiple-ciphers');
const WORKER = path.join(ROOT, 'dist', 'test', 'worker.mjs');

beforeAll(async () => {
  await build({
    entryPoints: [path.join(ROOT, 'test', 'helpers', 'worker.ts')],
    outfile: WORKER,
    ...nodeBundle,
  });
});

interface Result {
  done: number;
  errors: number;
  busy: number;
}

const run = (db: string, id: number, n: number, mode: string) =>
  new Promise<Result>((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, db, String(id), String(n), mode], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as Result) : reject(new Error(`worker ${id} exited ${code}`))));
  });

async function race(mode: 'immediate' | 'deferred', perProcess: number) {
  const db = tempDb();
  ok(['init'], { db });
  const results = await Promise.all([0, 1, 2, 3].map((id) => run(db, id, perProcess, mode)));
  const raw = new Database(db, { readonly: true });
  const rows = (raw.prepare('select count(*) as n from accomplishments').get() as { n: number }).n;
  const counter = Number((raw.prepare("select value from settings where key = 'counter'").get() as { value: string }).value);
  raw.close();
  return { results, rows, counter };
}

describe('concurrency', () => {
  it('4 processes × 2,500 read-then-write transactions: all 10,000 land, no SQLITE_BUSY', async () => {
    const { results, rows, counter } = await race('immediate', 2500);
    console.log(`concurrency: ${JSON.stringify({ results, rows, counter })}`);
    expect(results.map((r) => r.errors)).toEqual([0, 0, 0, 0]);
    expect(rows).toBe(10_000);
    expect(counter).toBe(10_000);
  }, 600_000);

  it('negative control: with deferred transactions the same race fails with SQLITE_BUSY', async () => {
    const { results } = await race('deferred', 400);
    const busy = results.reduce((s, r) => s + r.busy, 0);
    console.log(`concurrency control (deferred): ${busy} SQLITE_BUSY errors`);
    expect(busy).toBeGreaterThan(0);
  }, 600_000);
});

describe('backup while another process writes', () => {
  it('takes a consistent snapshot: integrity ok, and its rows agree with its counter', async () => {
    const db = tempDb();
    ok(['init'], { db });
    const writer = run(db, 9, 3000, 'immediate');
    await new Promise((r) => setTimeout(r, 400));
    const out = path.join(path.dirname(db), 'during.db');
    ok(['backup', '--out', out], { db });
    const result = await writer;
    expect(result.errors).toBe(0);
    const raw = new Database(out, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = (raw.prepare('select count(*) as n from accomplishments').get() as { n: number }).n;
    const counter = Number((raw.prepare("select value from settings where key = 'counter'").get() as { value: string } | undefined)?.value ?? 0);
    raw.close();
    console.log(`backup during writes: ${rows} of 3000 rows in the snapshot`);
    // Every transaction wrote one row and bumped the counter: a torn snapshot would disagree.
    expect(rows).toBe(counter);
    expect(rows).toBeGreaterThan(0);
    // The snapshot restores: exporting it twice gives the same bytes, and it imports into a new database.
    const exported = ok(['export'], { db: out }).stdout;
    const file = path.join(path.dirname(db), 'snapshot.json');
    fs.writeFileSync(file, exported);
    const restored = path.join(path.dirname(db), 'restored.db');
    ok(['import', file], { db: restored });
    expect(ok(['export'], { db: restored }).stdout).toBe(exported);
  }, 300_000);
});
