/** The embedded default: one SQLite file, WAL, synchronous=FULL, and BEGIN IMMEDIATE for every write transaction. */
import fs from 'node:fs';
import path from 'node:path';
import { CompiledQuery, type DatabaseConnection, Kysely, SqliteDialect, SqliteDriver } from 'kysely';
import { KeelError } from '../core/errors.js';
import { type Connection, connect } from './driver.js';
import { unlock } from './encryption.js';
import { isCurrent, migrate } from './migrate.js';
import type { Database } from './schema.js';

/** `immediate` always; `deferred` exists only as the negative control of the concurrency test. */
export type BeginMode = 'immediate' | 'deferred';

class KeelSqliteDriver extends SqliteDriver {
  constructor(
    database: Connection,
    private readonly begin: BeginMode,
  ) {
    super({ database });
  }
  // BEGIN IMMEDIATE takes the write lock up front (waiting up to busy_timeout), so a read-then-write
  // transaction never fails half-way with SQLITE_BUSY when another process writes.
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(this.begin === 'immediate' ? 'begin immediate' : 'begin'));
  }
}

class KeelSqliteDialect extends SqliteDialect {
  constructor(
    private readonly database: Connection,
    private readonly begin: BeginMode,
  ) {
    super({ database });
  }
  override createDriver() {
    return new KeelSqliteDriver(this.database, this.begin);
  }
}

export interface SqliteHandle {
  db: Kysely<Database>;
  raw: Connection;
  path: string;
}

/**
 * Opens (creating with 0700 directory and 0600 file if new) and migrates a Keel SQLite database.
 * With `key` (hex, from `deriveKey` in encryption.ts) it opens an encrypted one.
 */
export async function openSqlite(file: string, now: string, begin: BeginMode = 'immediate', key?: string): Promise<SqliteHandle> {
  const memory = file === ':memory:';
  if (!memory) prepareFile(file);
  let raw: Connection;
  try {
    raw = connect(file, { timeout: 5000 });
    if (key) unlock(raw, file, key);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
  } catch (e) {
    throw e instanceof KeelError ? e : openError(file, e);
  }
  const db = new Kysely<Database>({ dialect: new KeelSqliteDialect(raw, begin) });
  try {
    if (!(await isCurrent(db))) {
      const tables = raw.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[];
      if (tables.length > 0 && !tables.some((t) => t.name === 'keel_migrations')) {
        throw new KeelError('ForeignDatabase', `${file} is an SQLite database, but not Keel's`, 'Point --db at a Keel database or a new file.');
      }
      await migrate(db, 'sqlite', now);
    }
  } catch (e) {
    await db.destroy();
    throw e instanceof KeelError ? e : openError(file, e);
  }
  return { db, raw, path: file };
}

function prepareFile(file: string): void {
  const dir = path.dirname(path.resolve(file));
  try {
    if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'a', 0o600));
  } catch (e) {
    throw new KeelError(
      'Unavailable',
      `cannot create ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      'Check the path and its permissions, or use --db <path>.',
    );
  }
}

function openError(file: string, e: unknown): KeelError {
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new KeelError('ForeignDatabase', `${file} is not a Keel database (${code})`, 'Point --db at a Keel database or a new file.');
  }
  return new KeelError('Unavailable', `cannot open ${file}: ${(e as Error).message}`, 'Check the path and its permissions, or use --db <path>.');
}
