/**
 * `OpportunitiesPort` and `GrowthPort` in SQL: opportunities, interviews, red flags, direction and goals, on SQLite and Postgres alike.
 * Its searches and wins are in searches.repo.ts and accomplishments.repo.ts, with the rest of those tables.
 */
import type { GrowthPort, OpportunitiesPort, RedFlagDetail } from '../app/opportunities.ports.js';
import { compareIso } from '../core/iso-week.js';
import { isId } from './engine.js';
import {
  offerColumns,
  toAnswer,
  toContact,
  toDirection,
  toOpportunity,
  toOpportunityNote,
  toQuestion,
  toRedFlag,
  toRelevantPrinciple,
  toStageMove,
} from './opportunities.mappers.js';
import type { Db } from './schema.js';

type OpportunitiesRepo = Omit<OpportunitiesPort & GrowthPort, 'insertSearch' | 'endSearch' | 'listAccomplishmentsBetween'>;

export function opportunitiesRepo(db: Db): OpportunitiesRepo {
  const opportunities = () =>
    db
      .selectFrom('opportunities as o')
      .selectAll('o')
      .select((eb) => {
        // An opportunity's stage is its latest move: the one truth, read by both columns alike.
        const latestMove = <C extends 'm.stage' | 'm.moved_on'>(column: C) =>
          eb
            .selectFrom('stage_moves as m')
            .select(column)
            .whereRef('m.opportunity_id', '=', 'o.id')
            .orderBy('m.moved_on', 'desc')
            .orderBy('m.id', 'desc')
            .limit(1);
        return [latestMove('m.stage').as('stage'), latestMove('m.moved_on').as('stage_on')];
      })
      .orderBy('o.id');

  const repo: OpportunitiesRepo = {
    async listOpportunities() {
      return (await opportunities().execute()).map(toOpportunity);
    },
    async getOpportunity(id) {
      if (!isId(id)) return null;
      const r = await opportunities().where('o.id', '=', id).executeTakeFirst();
      return r ? toOpportunity(r) : null;
    },
    async insertOpportunity(o, first) {
      const r = await db
        .insertInto('opportunities')
        .values({ company: o.company, role: o.role, link: o.link, ...offerColumns(null) })
        .returning('id')
        .executeTakeFirstOrThrow();
      await repo.insertStageMove(r.id, first);
      return r.id;
    },
    async setOffer(opportunityId, offer) {
      await db.updateTable('opportunities').set(offerColumns(offer)).where('id', '=', opportunityId).execute();
    },
    async insertStageMove(opportunityId, m) {
      const r = await db
        .insertInto('stage_moves')
        .values({ opportunity_id: opportunityId, stage: m.stage, moved_on: m.movedOn, note: m.note })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toStageMove(r);
    },
    async listStageMoves(opportunityId) {
      const rows = await db.selectFrom('stage_moves').selectAll().where('opportunity_id', '=', opportunityId).orderBy('moved_on').orderBy('id').execute();
      return rows.map(toStageMove);
    },
    async insertContact(opportunityId, c) {
      const r = await db
        .insertInto('contacts')
        .values({ opportunity_id: opportunityId, name: c.name, role: c.role, note: c.note })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toContact(r);
    },
    async listContacts(opportunityId) {
      return (await db.selectFrom('contacts').selectAll().where('opportunity_id', '=', opportunityId).orderBy('id').execute()).map(toContact);
    },
    async insertOpportunityNote(opportunityId, n) {
      const r = await db
        .insertInto('opportunity_notes')
        .values({ opportunity_id: opportunityId, noted_on: n.notedOn, who: n.who, who_role: n.whoRole, text: n.text })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toOpportunityNote(r);
    },
    async listOpportunityNotes(opportunityId) {
      let q = db.selectFrom('opportunity_notes').selectAll();
      if (opportunityId !== undefined) q = q.where('opportunity_id', '=', opportunityId);
      return (await q.orderBy('noted_on').orderBy('id').execute()).map(toOpportunityNote);
    },
    async getOpportunityNote(id) {
      if (!isId(id)) return null;
      const r = await db.selectFrom('opportunity_notes').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toOpportunityNote(r) : null;
    },

    async listQuestions() {
      return (await db.selectFrom('questions').selectAll().orderBy('id').execute()).map(toQuestion);
    },
    async insertQuestion(q, createdAt) {
      const r = await db
        .insertInto('questions')
        .values({ text: q.text, origin: q.origin, trigger_id: q.triggerId, created_at: createdAt, retired_at: null })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toQuestion(r);
    },
    async retireQuestion(id, at) {
      await db.updateTable('questions').set({ retired_at: at }).where('id', '=', id).execute();
    },
    async insertAnswer(opportunityId, questionId, a) {
      const r = await db
        .insertInto('answers')
        .values({ opportunity_id: opportunityId, question_id: questionId, answered_on: a.answeredOn, who: a.who, text: a.text })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toAnswer(r);
    },
    async listAnswers(opportunityId) {
      let q = db.selectFrom('answers').selectAll();
      if (opportunityId !== undefined) q = q.where('opportunity_id', '=', opportunityId);
      return (await q.orderBy('answered_on').orderBy('id').execute()).map(toAnswer);
    },
    async getAnswer(id) {
      if (!isId(id)) return null;
      const r = await db.selectFrom('answers').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toAnswer(r) : null;
    },

    async insertRedFlag(f) {
      const r = await db
        .insertInto('red_flags')
        .values({ trigger_id: f.triggerId, severity: f.severity, answer_id: f.answerId, note_id: f.noteId })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRedFlag(r);
    },
    async listRedFlags(ids) {
      if (ids.length === 0) return [];
      const viaAnswers = await db
        .selectFrom('red_flags as f')
        .innerJoin('answers as a', 'a.id', 'f.answer_id')
        .innerJoin('triggers as t', 't.id', 'f.trigger_id')
        .where('a.opportunity_id', 'in', ids)
        .selectAll('f')
        .select(['a.opportunity_id', 't.slug', 'a.answered_on as flagged_on', 'a.text', 'a.who'])
        .execute();
      const viaNotes = await db
        .selectFrom('red_flags as f')
        .innerJoin('opportunity_notes as n', 'n.id', 'f.note_id')
        .innerJoin('triggers as t', 't.id', 'f.trigger_id')
        .where('n.opportunity_id', 'in', ids)
        .selectAll('f')
        .select(['n.opportunity_id', 't.slug', 'n.noted_on as flagged_on', 'n.text', 'n.who'])
        .execute();
      const detail =
        (source: 'answer' | 'note') =>
        (r: (typeof viaAnswers)[number]): RedFlagDetail => ({
          ...toRedFlag(r),
          opportunityId: r.opportunity_id,
          slug: r.slug,
          source,
          on: r.flagged_on,
          text: r.text,
          who: r.who,
        });
      return [...viaAnswers.map(detail('answer')), ...viaNotes.map(detail('note'))].sort((a, b) => compareIso(a.on, b.on) || a.id - b.id);
    },
    async markRelevantPrinciple(m) {
      const r = await db
        .insertInto('relevant_principles')
        .values({ opportunity_id: m.opportunityId, principle_id: m.principleId, fits: m.fits ? 1 : 0, note: m.note })
        .onConflict((oc) => oc.columns(['opportunity_id', 'principle_id']).doUpdateSet({ fits: m.fits ? 1 : 0, note: m.note }))
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRelevantPrinciple(r);
    },
    async listRelevantPrinciples(ids) {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('relevant_principles').selectAll().where('opportunity_id', 'in', ids).orderBy('id').execute();
      return rows.map(toRelevantPrinciple);
    },

    async listDirections() {
      return (await db.selectFrom('directions').selectAll().orderBy('set_on').orderBy('id').execute()).map(toDirection);
    },
    async insertDirection(d) {
      const r = await db
        .insertInto('directions')
        .values({ set_on: d.setOn, track: d.track, archetype: d.archetype, breadth: d.breadth, note: d.note })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toDirection(r);
    },
    async listGoals() {
      const goals = await db.selectFrom('goals').selectAll().orderBy('id').execute();
      const links = await db.selectFrom('goal_evidence').selectAll().orderBy('goal_id').orderBy('accomplishment_id').execute();
      return goals.map((g) => ({
        id: g.id,
        text: g.text,
        setOn: g.set_on,
        evidence: links.filter((l) => l.goal_id === g.id).map((l) => l.accomplishment_id),
      }));
    },
    async insertGoal(g) {
      const r = await db.insertInto('goals').values({ text: g.text, set_on: g.setOn }).returningAll().executeTakeFirstOrThrow();
      return { id: r.id, text: r.text, setOn: r.set_on, evidence: [] };
    },
    async addGoalEvidence(goalId, accomplishmentId) {
      await db
        .insertInto('goal_evidence')
        .values({ goal_id: goalId, accomplishment_id: accomplishmentId })
        .onConflict((oc) => oc.columns(['goal_id', 'accomplishment_id']).doNothing())
        .execute();
    },
  };
  return repo;
}
