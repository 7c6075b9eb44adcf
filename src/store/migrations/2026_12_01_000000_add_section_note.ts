import type { Kysely } from 'kysely';

/** A section's note: the one-line lead-in under its heading ("Some general thoughts are captured below:"). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sections').addColumn('note', 'text').execute();
}
