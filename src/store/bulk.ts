/** Writing and emptying whole tables, for import and purge: the same on every engine (the sequence step after an import is in engine.ts). */
import type { Database, Db } from './schema.js';

type Table = keyof Database & string;

/** Inserts `rows` into each table, in the given order (parents first), in chunks under every engine's parameter limit. */
export async function insertAll(db: Db, tables: readonly Table[], rows: Partial<Record<Table, Record<string, unknown>[]>>): Promise<void> {
  for (const table of tables) {
    const list = rows[table] ?? [];
    for (let i = 0; i < list.length; i += 200) {
      await db
        .insertInto(table)
        .values(list.slice(i, i + 200) as never)
        .execute();
    }
  }
}

/** Deletes every row of each table, children first (`tables` in fill order). */
export async function deleteAll(db: Db, tables: readonly Table[]): Promise<void> {
  for (const table of [...tables].reverse()) await db.deleteFrom(table).execute();
}
