/** Export and import of the hunt tables, called from `store.ts` dump/load/clear: every row by id, deterministic. */

import { huntRows } from '../core/hunt-rows.js';
import type { HuntExport } from '../core/hunt-transfer.js';
import { deleteAll, insertAll, moveSequencesPastIds } from './bulk.js';
import { offerColumns, toAnswer, toContact, toOpportunityNote, toRedFlag, toRelevantPrinciple, toStageMove } from './hunt.mappers.js';
import { huntRepo } from './hunt.repo.js';
import type { Engine } from './migrations/helpers.js';
import type { Db } from './schema.js';

/** In the order they can be filled (parents first); emptied in reverse. */
const HUNT_TABLES = [
  'opportunities',
  'stage_moves',
  'contacts',
  'opportunity_notes',
  'questions',
  'answers',
  'red_flags',
  'relevant_principles',
  'directions',
  'goals',
  'goal_evidence',
] as const;

export async function dumpHunt(db: Db): Promise<HuntExport> {
  const repo = huntRepo(db);
  return {
    opportunities: (await repo.listOpportunities()).map((o) => {
      const { stage: _stage, stageOn: _stageOn, ...rest } = o;
      return rest;
    }),
    stageMoves: (await db.selectFrom('stage_moves').selectAll().orderBy('id').execute()).map(toStageMove),
    contacts: (await db.selectFrom('contacts').selectAll().orderBy('id').execute()).map(toContact),
    opportunityNotes: (await db.selectFrom('opportunity_notes').selectAll().orderBy('id').execute()).map(toOpportunityNote),
    questions: await repo.listQuestions(),
    answers: (await db.selectFrom('answers').selectAll().orderBy('id').execute()).map(toAnswer),
    redFlags: (await db.selectFrom('red_flags').selectAll().orderBy('id').execute()).map(toRedFlag),
    relevantPrinciples: (await db.selectFrom('relevant_principles').selectAll().orderBy('id').execute()).map(toRelevantPrinciple),
    directions: [...(await repo.listDirections())].sort((a, b) => a.id - b.id),
    goals: await repo.listGoals(),
  };
}

/** Writes the hunt rows of an export into empty tables (after the tables they refer to). */
export async function loadHunt(db: Db, data: Partial<HuntExport>, engine: Engine): Promise<void> {
  const d = huntRows(data);
  const rows = {
    opportunities: d.opportunities.map((o) => ({ id: o.id, company: o.company, role: o.role, link: o.link, ...offerColumns(o.offer) })),
    stage_moves: d.stageMoves.map((m) => ({ id: m.id, opportunity_id: m.opportunityId, stage: m.stage, moved_on: m.movedOn, note: m.note })),
    contacts: d.contacts.map((c) => ({ id: c.id, opportunity_id: c.opportunityId, name: c.name, role: c.role, note: c.note })),
    opportunity_notes: d.opportunityNotes.map((n) => ({
      id: n.id,
      opportunity_id: n.opportunityId,
      noted_on: n.notedOn,
      who: n.who,
      who_role: n.whoRole,
      text: n.text,
    })),
    questions: d.questions.map((q) => ({
      id: q.id,
      text: q.text,
      origin: q.origin,
      trigger_id: q.triggerId,
      created_at: q.createdAt,
      retired_at: q.retiredAt,
    })),
    answers: d.answers.map((a) => ({
      id: a.id,
      opportunity_id: a.opportunityId,
      question_id: a.questionId,
      answered_on: a.answeredOn,
      who: a.who,
      text: a.text,
    })),
    red_flags: d.redFlags.map((f) => ({ id: f.id, trigger_id: f.triggerId, severity: f.severity, answer_id: f.answerId, note_id: f.noteId })),
    relevant_principles: d.relevantPrinciples.map((r) => ({
      id: r.id,
      opportunity_id: r.opportunityId,
      principle_id: r.principleId,
      fits: r.fits ? 1 : 0,
      note: r.note,
    })),
    directions: d.directions.map((x) => ({ id: x.id, set_on: x.setOn, track: x.track, archetype: x.archetype, breadth: x.breadth, note: x.note })),
    goals: d.goals.map((g) => ({ id: g.id, text: g.text, set_on: g.setOn })),
    goal_evidence: d.goals.flatMap((g) => g.evidence.map((a) => ({ goal_id: g.id, accomplishment_id: a }))),
  };
  await insertAll(db, HUNT_TABLES, rows);
  await moveSequencesPastIds(
    db,
    engine,
    HUNT_TABLES.filter((t) => t !== 'goal_evidence'),
  );
}

export const clearHunt = (db: Db): Promise<void> => deleteAll(db, HUNT_TABLES);
