/**
 * Where SQLite and Postgres differ, in one place. Queries are the same on both (ISO text dates, 0/1
 * booleans, JSON text lists, no engine-specific functions); what is not the same is here:
 * - DDL: an auto-numbered integer id (`idColumn`; migrations take it through migrations/helpers.ts);
 * - ids are 32-bit on both (`serial` on Postgres): `isId` keeps a larger number from reaching a query;
 * - sequences: after an import, Postgres's id sequences are moved past the imported ids;
 * - busy retry: a write transaction on SQLite begins with BEGIN IMMEDIATE (`BeginMode`, issued by the
 *   driver in sqlite.ts); when another process held the write lock past busy_timeout, the transaction
 *   is begun again (`retryBusyBegin`). Postgres never reports SQLITE_BUSY, so it never retries.
 */
import { type CreateTableBuilder, sql } from 'kysely';
import type { Database, Db } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

/** The one place where the engines differ in DDL: an auto-numbered integer primary key. */
export function idColumn<T extends string>(table: CreateTableBuilder<T, never>, engine: Engine): CreateTableBuilder<T, 'id'> {
  return engine === 'postgres'
    ? table.addColumn('id', 'serial', (c) => c.primaryKey())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** Ids are 32-bit integer columns (`serial` on Postgres): a larger number names no row, and must not reach the query. */
const MAX_ID = 2_147_483_647;
export const isId = (id: number) => Number.isInteger(id) && id > 0 && id <= MAX_ID;

/** On Postgres, moves each table's `id` sequence past the ids just inserted, so new rows get fresh ids. */
export async function moveSequencesPastIds(db: Db, engine: Engine, tables: readonly (keyof Database & string)[]): Promise<void> {
  if (engine !== 'postgres') return;
  for (const table of tables) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(db);
  }
}

const MAX_BEGIN_ATTEMPTS = 12;
const isBusy = (e: unknown): boolean => String((e as { code?: unknown }).code).startsWith('SQLITE_BUSY');

/**
 * Runs `run`, which begins a transaction and calls `begun` first thing inside it. BEGIN IMMEDIATE waits
 * busy_timeout for the write lock. When another process held it even longer, nothing of ours has run
 * yet, so the whole transaction is simply tried again (up to MAX_BEGIN_ATTEMPTS times).
 */
export async function retryBusyBegin<T>(run: (begun: () => void) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let started = false;
    try {
      return await run(() => {
        started = true;
      });
    } catch (e) {
      if (!started && isBusy(e) && attempt < MAX_BEGIN_ATTEMPTS) continue;
      throw e;
    }
  }
}
