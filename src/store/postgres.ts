/** PostgreSQL wiring: the same migrations and repositories on Kysely's Postgres dialect (tests today, hosted mode later). */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrate } from './migrate.js';
import type { Database } from './schema.js';

/** Opens `url` with every table in `schema` (created if missing) and migrates it. */
export async function openPostgres(url: string, schema: string, now: string): Promise<Kysely<Database>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema if not exists ${schema}`);
  await admin.end();
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 4, options: `-c search_path=${schema}` }) }),
  });
  await migrate(db, 'postgres', now);
  return db;
}

export async function dropPostgresSchema(db: Kysely<Database>, schema: string): Promise<void> {
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
}
