/**
 * Optional encryption at rest: SQLCipher 4 pages (the driver, better-sqlite3-multiple-ciphers, encrypts),
 * keyed with a raw 256-bit key derived from the passphrase with Argon2id. The salt and the Argon2id costs
 * live in `<db>.keel-salt` beside the database; its presence is what marks a database as encrypted, so a
 * plain database costs one stat and never loads the hash library.
 */
import fs from 'node:fs';
import path from 'node:path';
import { KeelError } from '../core/errors.js';
import { type Connection, connect } from './driver.js';

/** Argon2id costs for new salts: 64 MiB, 3 passes, 1 lane (about a second here, once per open). */
const COSTS = { m: 64 * 1024, t: 3, p: 1 } as const;
/**
 * Test suites only: with KEEL_TEST_WEAK_KDF=1 *and* VITEST set (as the test runner sets it for its
 * workers and the processes they start), new salts get 64 KiB and 1 pass, so the encryption tests do
 * not spend a second per open. The costs are stored in the salt file, so an existing database always
 * opens with its own; a person never runs under the test runner. See docs/ENCRYPTION.md.
 */
const TEST_COSTS = { m: 64, t: 1, p: 1 } as const;
const costsForNewSalt = () => (process.env.KEEL_TEST_WEAK_KDF === '1' && process.env.VITEST ? TEST_COSTS : COSTS);
const PLAIN_HEADER = 'SQLite format 3\0';

interface Salt {
  kdf: 'argon2id';
  m: number;
  t: number;
  p: number;
  salt: string;
}

export const saltPath = (db: string): string => `${db}.keel-salt`;

export const isEncrypted = (db: string): boolean => db !== ':memory:' && fs.existsSync(saltPath(db));

/** The hex key for `db`, from its salt file and the passphrase. */
export async function deriveKey(db: string, passphrase: string): Promise<string> {
  return derive(readSalt(db), passphrase);
}

/** Keys a freshly opened connection and proves the key right before anything is written. */
export function unlock(raw: Connection, file: string, key: string): void {
  sqlcipher(raw);
  raw.pragma(`key = "x'${key}'"`);
  // Temporary tables and sorts stay in memory: SQLite's temp files are not encrypted.
  raw.pragma('temp_store = MEMORY');
  try {
    raw.prepare('select count(*) from sqlite_master').get();
  } catch (e) {
    if ((e as { code?: string }).code !== 'SQLITE_NOTADB') throw e;
    if (isPlainFile(file)) {
      throw new KeelError(
        'Conflict',
        `${file} is not encrypted, but ${saltPath(file)} is beside it (left by an interrupted keel encrypt or decrypt)`,
        `Delete ${saltPath(file)} to use ${file} as it is, then run keel encrypt if you want it encrypted.`,
      );
    }
    throw new KeelError('Unavailable', `wrong passphrase for ${file}`, 'Nothing was changed. Try again, or check KEEL_PASSPHRASE.');
  }
}

/** Writes the salt for a new encrypted database; refuses a database that already holds data. */
export function createSalt(db: string): void {
  if (fs.existsSync(db) && fs.statSync(db).size > 0)
    throw new KeelError('Conflict', `${db} already exists and is not encrypted`, `Encrypt it in place with: keel encrypt --db ${db}`);
  fs.mkdirSync(path.dirname(path.resolve(db)), { recursive: true, mode: 0o700 });
  writeSalt(saltPath(db), newSalt());
}

/** Encrypts a plain database in place: an encrypted, verified copy is renamed over it. */
export async function encryptFile(db: string, passphrase: string): Promise<void> {
  const salt = newSalt();
  const key = await derive(salt, passphrase);
  await rewrite(db, undefined, key, (tmp) => {
    writeSalt(saltPath(db), salt);
    fs.renameSync(tmp, db);
  });
}

/** Decrypts an encrypted database in place, the same way; the salt file goes last. */
export async function decryptFile(db: string, passphrase: string): Promise<void> {
  const key = await deriveKey(db, passphrase);
  await rewrite(db, key, undefined, (tmp) => {
    fs.renameSync(tmp, db);
    fs.rmSync(saltPath(db));
  });
}

/** A consistent, still encrypted copy (same key) with its salt file beside it. */
export function backupEncrypted(raw: Connection, db: string, target: string): void {
  raw.prepare('vacuum into ?').run(target);
  fs.copyFileSync(saltPath(db), saltPath(target));
  fs.chmodSync(saltPath(target), 0o600);
}

/**
 * Copies `db` (keyed with `from`) to a temporary file keyed with `to`, verifies the copy, and lets
 * `commit` swap it in while this connection still holds the exclusive lock. A crash before `commit`
 * leaves the original untouched.
 */
async function rewrite(db: string, from: string | undefined, to: string | undefined, commit: (tmp: string) => void): Promise<void> {
  const open = (file: string, key: string | undefined) => {
    const conn = connect(file, { timeout: 2000 });
    if (key) unlock(conn, file, key);
    else sqlcipher(conn);
    return conn;
  };
  const tmp = `${db}.keel-tmp`;
  fs.rmSync(tmp, { force: true });
  const src = open(db, from);
  try {
    // Leaving WAL needs every other connection closed, and the exclusive lock keeps them out until the swap.
    try {
      src.pragma('journal_mode = DELETE');
      src.pragma('locking_mode = EXCLUSIVE');
      src.exec('begin exclusive; commit');
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
      throw new KeelError('Conflict', `${db} is in use by another Keel`, 'Stop keel serve and other keel commands, then try again. Nothing was changed.');
    }
    src.prepare('vacuum into ?').run(tmp);
    fs.chmodSync(tmp, 0o600);
    const copy = open(tmp, from);
    copy.pragma(to ? `rekey = "x'${to}'"` : "rekey = ''");
    copy.close();
    verify(src, open(tmp, to), db);
    commit(tmp);
    syncDir(db);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    fs.rmSync(`${tmp}-journal`, { force: true });
    throw e;
  } finally {
    src.close();
  }
}

function verify(src: Connection, copy: Connection, db: string): void {
  try {
    const counts = (conn: Connection) =>
      (conn.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[])
        .map((t) => `${t.name}:${(conn.prepare(`select count(*) as n from "${t.name}"`).get() as { n: number }).n}`)
        .join(',');
    if (copy.pragma('integrity_check', { simple: true }) !== 'ok' || counts(copy) !== counts(src))
      throw new KeelError('Unavailable', `the rewritten copy of ${db} did not verify`, 'Nothing was changed. Please report this.');
  } finally {
    copy.close();
  }
}

/** SQLCipher 4's page format, pinned so that a later default cannot change how existing files are read. */
function sqlcipher(raw: Connection): void {
  raw.pragma("cipher = 'sqlcipher'");
  raw.pragma('legacy = 4');
}

function newSalt(): Salt {
  return { kdf: 'argon2id', ...costsForNewSalt(), salt: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('hex') };
}

async function derive(s: Salt, passphrase: string): Promise<string> {
  const { argon2id } = await import('@noble/hashes/argon2.js');
  const key = argon2id(passphrase.normalize('NFC'), Buffer.from(s.salt, 'hex'), { m: s.m, t: s.t, p: s.p, dkLen: 32 });
  return Buffer.from(key).toString('hex');
}

function readSalt(db: string): Salt {
  const file = saltPath(db);
  let s: Partial<Salt> = {};
  try {
    s = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Salt>;
  } catch {}
  const int = (n: unknown, min: number, max: number) => Number.isInteger(n) && (n as number) >= min && (n as number) <= max;
  if (s.kdf !== 'argon2id' || !/^[0-9a-f]{32}$/.test(s.salt ?? '') || !int(s.m, 8, 1024 * 1024) || !int(s.t, 1, 100) || !int(s.p, 1, 16))
    throw new KeelError(
      'BadFile',
      `${file} is missing or damaged`,
      'Restore it from the backup taken with this database: without it the passphrase cannot open it.',
    );
  return s as Salt;
}

function writeSalt(file: string, salt: Salt): void {
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeFileSync(fd, `${JSON.stringify(salt)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

function isPlainFile(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    return fs.readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === PLAIN_HEADER;
  } finally {
    fs.closeSync(fd);
  }
}

function syncDir(file: string): void {
  const fd = fs.openSync(path.dirname(path.resolve(file)), 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
