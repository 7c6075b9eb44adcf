/** The engines the store suites run on: SQLite always, PostgreSQL when KEEL_TEST_PG holds a URL (.ci/run sets it). */
import type { Kysely } from 'kysely';
import type { Clock, Store } from '../../src/app/ports.js';
import { dropPostgresSchema, openPostgres } from '../../src/store/postgres.js';
import type { Database } from '../../src/store/schema.js';
import { openSqlite } from '../../src/store/sqlite.js';
import { createStore } from '../../src/store/store.js';

export interface Engine {
  name: string;
  /** A new, empty, migrated database. */
  open(): Promise<{ store: Store; close(): Promise<void> }>;
}

export function engines(clock: Clock, prefix = 'keel_test'): Engine[] {
  const list: Engine[] = [
    {
      name: 'sqlite',
      async open() {
        const h = await openSqlite(':memory:', clock.now());
        return { store: createStore(h.db, { engine: 'sqlite' }), close: () => h.db.destroy() };
      },
    },
  ];
  const url = process.env.KEEL_TEST_PG;
  if (!url) {
    console.warn('KEEL_TEST_PG is not set: the PostgreSQL half of the store suites is not run (.ci/run sets it).');
    return list;
  }
  let n = 0;
  list.push({
    name: 'postgres',
    async open() {
      // One schema per database, so suites and runs never see each other's rows.
      const schema = `${prefix}_${process.pid}_${Date.now()}_${n++}`;
      const db: Kysely<Database> = await openPostgres(url, schema, clock.now());
      return {
        store: createStore(db, { engine: 'postgres' }),
        close: async () => {
          await dropPostgresSchema(db, schema);
          await db.destroy();
        },
      };
    },
  });
  return list;
}
