import type { Kysely } from 'kysely';
import { type Engine, idColumn } from './helpers.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('jobs'), engine)
    .addColumn('employer', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('track', 'text', (c) => c.notNull())
    .addColumn('level', 'text')
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .execute();

  await idColumn(db.schema.createTable('sections'), engine)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('principles'), engine)
    .addColumn('section_id', 'integer', (c) => c.notNull().references('sections.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('source', 'text')
    .addColumn('source_date', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text')
    .addColumn('retired_at', 'text')
    .execute();

  await idColumn(db.schema.createTable('revisions'), engine)
    .addColumn('principle_id', 'integer', (c) => c.notNull().references('principles.id').onDelete('cascade'))
    .addColumn('previous_text', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .execute();

  await idColumn(db.schema.createTable('triggers'), engine)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('weight', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('principle_id', 'integer', (c) => c.references('principles.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();

  await idColumn(db.schema.createTable('observations'), engine)
    .addColumn('trigger_id', 'integer', (c) => c.notNull().references('triggers.id').onDelete('cascade'))
    .addColumn('observed_on', 'text', (c) => c.notNull())
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('severity', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('observations_observed_on').on('observations').columns(['observed_on', 'trigger_id']).execute();

  await idColumn(db.schema.createTable('check_ins'), engine)
    .addColumn('week', 'text', (c) => c.notNull().unique())
    .addColumn('hours', 'real', (c) => c.notNull())
    .addColumn('quality', 'integer', (c) => c.notNull())
    .addColumn('satisfaction', 'integer', (c) => c.notNull())
    .addColumn('energy', 'integer', (c) => c.notNull())
    .addColumn('growth', 'integer', (c) => c.notNull())
    .addColumn('respected', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('who5', 'text')
    .addColumn('who5_score', 'integer')
    .addColumn('cbi', 'text')
    .addColumn('cbi_score', 'real')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('accomplishments'), engine)
    .addColumn('achieved_on', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('impact', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('people', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.createIndex('accomplishments_achieved_on').on('accomplishments').column('achieved_on').execute();

  await db.schema
    .createTable('rules')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('principle_id', 'integer', (c) => c.references('principles.id').onDelete('set null'))
    .addColumn('belief', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('searches'), engine)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('note', 'text')
    .execute();
}
