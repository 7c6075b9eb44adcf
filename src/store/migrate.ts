import { type Kysely, sql } from 'kysely';
import { KeelError } from '../core/errors.js';
import type { Engine } from './engine.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';
import type { Database } from './schema.js';

/**
 * Applies pending migrations in order, each in its own transaction. Refuses a database whose applied
 * migrations are not a prefix of the shipped ones (a file from a newer or different Keel).
 */
export async function migrate(db: Kysely<Database>, engine: Engine, now: string, shipped: readonly Migration[] = MIGRATIONS): Promise<void> {
  await db.schema
    .createTable('keel_migrations')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const applied = (await db.selectFrom('keel_migrations').select('name').orderBy('name').execute()).map((r) => r.name);
  const foreign = applied.findIndex((name, i) => shipped[i]?.name !== name);
  if (foreign !== -1) {
    throw new KeelError(
      'ForeignDatabase',
      `this database was written by a newer or different Keel (unknown migration ${applied[foreign]})`,
      'Upgrade Keel, or point --db at another file.',
    );
  }
  for (const m of shipped.slice(applied.length)) {
    await db.transaction().execute(async (tx) => {
      await m.up(tx as unknown as Kysely<unknown>, engine);
      await tx.insertInto('keel_migrations').values({ name: m.name, applied_at: now }).execute();
    });
  }
}

/** True when every shipped migration is applied: the common case, checked with one read. */
export async function isCurrent(db: Kysely<Database>): Promise<boolean> {
  try {
    const rows = await db.selectFrom('keel_migrations').select(sql<number>`count(*)`.as('n')).executeTakeFirst();
    return Number(rows?.n) === MIGRATIONS.length;
  } catch {
    return false;
  }
}
