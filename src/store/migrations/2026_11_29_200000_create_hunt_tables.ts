import { type Kysely, sql } from 'kysely';
import { type Engine, idColumn } from './helpers.js';

/** Job hunting (opportunities, their moves, contacts, notes, questions, answers, red flags) and direction (settings, goals). */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await idColumn(db.schema.createTable('opportunities'), engine)
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('offer_pay', 'double precision')
    .addColumn('offer_currency', 'text')
    .addColumn('offer_level', 'text')
    .addColumn('offer_track', 'text')
    .addColumn('offer_deadline', 'text')
    .addColumn('offer_note', 'text')
    .execute();

  const perOpportunity = (table: string) =>
    idColumn(db.schema.createTable(table), engine).addColumn('opportunity_id', 'integer', (c) =>
      c.notNull().references('opportunities.id').onDelete('cascade'),
    );

  await perOpportunity('stage_moves')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('moved_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('stage_moves_opportunity').on('stage_moves').columns(['opportunity_id', 'moved_on']).execute();

  await perOpportunity('contacts')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('note', 'text')
    .execute();

  await perOpportunity('opportunity_notes')
    .addColumn('noted_on', 'text', (c) => c.notNull())
    .addColumn('who', 'text')
    .addColumn('who_role', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('questions'), engine)
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('trigger_id', 'integer', (c) => c.references('triggers.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();

  await perOpportunity('answers')
    .addColumn('question_id', 'integer', (c) => c.notNull().references('questions.id').onDelete('cascade'))
    .addColumn('answered_on', 'text', (c) => c.notNull())
    .addColumn('who', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('red_flags'), engine)
    .addColumn('trigger_id', 'integer', (c) => c.notNull().references('triggers.id').onDelete('cascade'))
    .addColumn('severity', 'integer', (c) => c.notNull())
    .addColumn('answer_id', 'integer', (c) => c.references('answers.id').onDelete('cascade'))
    .addColumn('note_id', 'integer', (c) => c.references('opportunity_notes.id').onDelete('cascade'))
    .addCheckConstraint('red_flags_one_source', sql`(answer_id is null) <> (note_id is null)`)
    .execute();

  await perOpportunity('relevant_principles')
    .addColumn('principle_id', 'integer', (c) => c.notNull().references('principles.id').onDelete('cascade'))
    .addColumn('fits', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addUniqueConstraint('relevant_principles_once', ['opportunity_id', 'principle_id'])
    .execute();

  await idColumn(db.schema.createTable('directions'), engine)
    .addColumn('set_on', 'text', (c) => c.notNull())
    .addColumn('track', 'text')
    .addColumn('archetype', 'text')
    .addColumn('breadth', 'text')
    .addColumn('note', 'text')
    .execute();

  await idColumn(db.schema.createTable('goals'), engine)
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('set_on', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('goal_evidence')
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('accomplishment_id', 'integer', (c) => c.notNull().references('accomplishments.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('goal_evidence_pk', ['goal_id', 'accomplishment_id'])
    .execute();
}
