/** Encryption at rest, end to end on the built binary: a sentinel written in a note must never reach the disk in the clear. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, keel, ok, tempDir } from './helpers/cli.js';

const SENTINEL = 'KEEL-SENTINEL-7f3a';
const PASS = 'correct horse battery staple';
const CHECKIN = ['checkin', '--hours', '30', '--quality', '4', '--satisfaction', '4', '--energy', '4', '--growth', '4', '--respected', 'yes'];

/** A database in its own directory, with TMPDIR inside it so that any temporary file Keel or SQLite makes is scanned too. */
function setUp() {
  const dir = tempDir('keel-enc-');
  const tmp = path.join(dir, 'tmp');
  fs.mkdirSync(tmp);
  const db = path.join(dir, 'keel.db');
  // New salts get the test suite's low Argon2id cost (docs/ENCRYPTION.md); one test below checks the real one.
  const env = (pass?: string, weak = true): Record<string, string> => ({
    TMPDIR: tmp,
    SQLITE_TMPDIR: tmp,
    ...(weak ? { KEEL_TEST_WEAK_KDF: '1' } : {}),
    ...(pass ? { KEEL_PASSPHRASE: pass } : {}),
  });
  return { dir, db, env };
}

/** Every file under `dir` whose bytes contain the sentinel (in UTF-8 or UTF-16, as SQLite could store either). */
function sentinelHits(dir: string): string[] {
  const needles = [Buffer.from(SENTINEL, 'utf8'), Buffer.from(SENTINEL, 'utf16le')];
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());
  return files.filter((f) => {
    const bytes = fs.readFileSync(f);
    return needles.some((n) => bytes.includes(n));
  });
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let server: ChildProcess | undefined;
afterEach(() => {
  server?.kill('SIGTERM');
  server = undefined;
});

/** `keel serve` keeps a connection open, so the -wal and -shm files stay on disk to be inspected. */
async function holdOpen(db: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env: { ...process.env, NO_COLOR: '1', KEEL_DB: db, ...env }, stdio: 'pipe' });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      if (out.includes('http://')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`keel serve exited ${code}`)));
  });
  return child;
}

describe('encryption at rest', { timeout: 120_000 }, () => {
  it('keeps a sentinel note out of the database, its WAL and SHM, a backup and every temporary file', async () => {
    const { dir, db, env } = setUp();
    const init = JSON.parse(ok(['init', '--encrypt', '--json'], { db, env: env(PASS) }).stdout) as { encrypted: boolean };
    expect(init.encrypted).toBe(true);
    expect(fs.statSync(`${db}.keel-salt`).mode & 0o777).toBe(0o600);

    server = await holdOpen(db, env(PASS));
    ok([...CHECKIN, '--note', SENTINEL], { db, env: env(PASS) });
    ok(['brag', 'add', `shipped ${SENTINEL}`], { db, env: env(PASS) });
    expect(fs.existsSync(`${db}-wal`)).toBe(true);
    expect(fs.statSync(`${db}-wal`).size).toBeGreaterThan(0);
    expect(fs.existsSync(`${db}-shm`)).toBe(true);
    expect(sentinelHits(dir)).toEqual([]);

    const backup = path.join(dir, 'backups', 'copy.db');
    ok(['backup', '--out', backup], { db, env: env(PASS) });
    server.kill('SIGTERM');
    await new Promise((resolve) => server?.once('exit', resolve));
    server = undefined;
    expect(sentinelHits(dir)).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual([]);

    // The note is really there: the passphrase reads it back from the database and from the backup.
    expect(ok(['export'], { db, env: env(PASS) }).stdout).toContain(SENTINEL);
    expect(ok(['export', '--db', backup], { env: env(PASS) }).stdout).toContain(SENTINEL);
    expect(ok(['export'], { db, env: env(PASS) }).stdout).toBe(ok(['export', '--db', backup], { env: env(PASS) }).stdout);
  });

  it('refuses a wrong or missing passphrase with one line and changes nothing', () => {
    const { db, env } = setUp();
    ok(['init', '--encrypt'], { db, env: env(PASS) });
    const before = sha(db);
    const wrong = keel(['status'], { db, env: env('not the passphrase') });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.split('\n')[0]).toBe(`keel: wrong passphrase for ${db}`);
    const none = keel(['status'], { db, env: env() });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('KEEL_PASSPHRASE');
    expect(sha(db)).toBe(before);
    expect(fs.existsSync(`${db}-wal`)).toBe(false);

    ok(['purge', '--yes'], { db, env: env(PASS) });
    expect(fs.existsSync(db) || fs.existsSync(`${db}.keel-salt`)).toBe(false);
  });

  it('encrypts a plain database in place and decrypts it back to the same export', () => {
    const { dir, db, env } = setUp();
    ok(['init'], { db, env: env() });
    ok([...CHECKIN, '--note', SENTINEL], { db, env: env() });
    const before = ok(['export'], { db, env: env() }).stdout;
    expect(sentinelHits(dir)).not.toEqual([]); // the control: a plain database holds the note in the clear

    ok(['encrypt'], { db, env: env(PASS) });
    expect(sentinelHits(dir)).toEqual([]);
    expect(fs.readdirSync(dir).sort()).toEqual(['keel.db', 'keel.db.keel-salt', 'tmp']);
    expect(keel(['status'], { db, env: env() }).code).toBe(2);
    expect(keel(['encrypt'], { db, env: env(PASS) }).stderr).toContain('already encrypted');
    expect(ok(['export'], { db, env: env(PASS) }).stdout).toBe(before);

    expect(keel(['decrypt'], { db, env: env('not the passphrase') }).code).toBe(1);
    ok(['decrypt'], { db, env: env(PASS) });
    expect(fs.readdirSync(dir).sort()).toEqual(['keel.db', 'tmp']);
    expect(ok(['export'], { db, env: env() }).stdout).toBe(before);
  });

  it('refuses to encrypt a database another Keel has open', async () => {
    const { db, env } = setUp();
    ok(['init'], { db, env: env() });
    const before = ok(['export'], { db, env: env() }).stdout;
    server = await holdOpen(db, env());
    const r = keel(['encrypt'], { db, env: env(PASS) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('in use by another Keel');
    expect(fs.existsSync(`${db}.keel-salt`)).toBe(false);
    expect(ok(['export'], { db, env: env() }).stdout).toBe(before);
  });

  it('derives keys with the real cost (64 MiB, 3 passes) unless the test runner asks for less, and reads the cost from the salt', () => {
    const real = setUp();
    ok(['init', '--encrypt'], { db: real.db, env: real.env(PASS, false) });
    expect(JSON.parse(fs.readFileSync(`${real.db}.keel-salt`, 'utf8'))).toMatchObject({ kdf: 'argon2id', m: 65536, t: 3, p: 1 });
    // Outside the test runner the setting does nothing.
    const outside = setUp();
    const env = { ...process.env, ...outside.env(PASS, true) };
    delete env.VITEST;
    const r = spawnSync(process.execPath, [BIN, 'init', '--encrypt'], { env: { ...env, KEEL_DB: outside.db, KEEL_TODAY: '2026-11-29' }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(`${outside.db}.keel-salt`, 'utf8'))).toMatchObject({ m: 65536, t: 3 });
    // A weak salt made by the suite still opens with its own cost once the setting is gone.
    const weak = setUp();
    ok(['init', '--encrypt'], { db: weak.db, env: weak.env(PASS) });
    expect(JSON.parse(fs.readFileSync(`${weak.db}.keel-salt`, 'utf8'))).toMatchObject({ m: 64, t: 1 });
    expect(ok(['status', '--json'], { db: weak.db, env: weak.env(PASS, false) }).stdout).toContain('"verdict"');
  });

  it('leaves plain databases as they were: no passphrase, no salt file', () => {
    const { db, env } = setUp();
    ok(['init'], { db, env: env() });
    ok([...CHECKIN], { db, env: env() });
    expect(ok(['status'], { db, env: env() }).code).toBe(0);
    expect(fs.existsSync(`${db}.keel-salt`)).toBe(false);
    expect(keel(['init', '--encrypt'], { db, env: env(PASS) }).stderr).toContain('keel encrypt');
  });
});
