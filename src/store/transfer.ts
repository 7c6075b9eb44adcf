/** Export, import and purge of every table (`Store` dump, load and clear): every row by id, deterministic. */
import type { Store } from '../app/ports.js';
import { scoreCbiWork, scoreWho5 } from '../core/instruments.js';
import { isoWeekOf } from '../core/iso-week.js';
import { opportunityRows } from '../core/opportunities/rows.js';
import type { OpportunitiesExport } from '../core/opportunities/transfer.js';
import type { ExportData } from '../core/transfer.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../core/transfer-format.js';
import { accomplishmentsRepo } from './accomplishments.repo.js';
import { deleteAll, insertAll } from './bulk.js';
import { checkInColumns, checkInsRepo } from './check-ins.repo.js';
import { json } from './columns.js';
import { type Engine, moveSequencesPastIds } from './engine.js';
import { jobsRepo } from './jobs.repo.js';
import { offerColumns, toAnswer, toContact, toOpportunityNote, toRedFlag, toRelevantPrinciple, toStageMove } from './opportunities.mappers.js';
import { opportunitiesRepo } from './opportunities.repo.js';
import { principlesRepo, toRevision } from './principles.repo.js';
import { rulesRepo } from './rules.repo.js';
import type { Db } from './schema.js';
import { searchesRepo } from './searches.repo.js';
import { triggersRepo } from './triggers.repo.js';

/** Tables in the order they can be filled (parents first) and emptied (reverse). */
const TABLES = [
  'settings',
  'jobs',
  'sections',
  'principles',
  'revisions',
  'triggers',
  'observations',
  'check_ins',
  'accomplishments',
  'rules',
  'searches',
] as const;
const ID_TABLES = ['jobs', 'sections', 'principles', 'revisions', 'triggers', 'observations', 'check_ins', 'accomplishments', 'searches'] as const;

/** The job-hunting and direction tables, in the order they can be filled (after `TABLES`); emptied in reverse, first. */
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

export function transfer(db: Db, engine: Engine): Pick<Store, 'dump' | 'load' | 'clear'> {
  return {
    async dump() {
      const settings = await db.selectFrom('settings').selectAll().orderBy('key').execute();
      const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);
      const principles = byId(await principlesRepo(db).listPrinciples());
      const revisions = (await db.selectFrom('revisions').selectAll().orderBy('id').execute()).map(toRevision);
      const rules = await rulesRepo(db).listRules();
      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        settings: Object.fromEntries(settings.map((s) => [s.key, s.value])),
        jobs: byId(await jobsRepo(db).listJobs()),
        sections: byId(await principlesRepo(db).listSections()),
        principles,
        revisions,
        triggers: await triggersRepo(db).listTriggers(),
        observations: byId(await triggersRepo(db).listObservations()).map(({ slug: _slug, week: _week, ...o }) => o),
        checkIns: byId(await checkInsRepo(db).listCheckIns()),
        accomplishments: byId(await accomplishmentsRepo(db).listAccomplishments()),
        rules,
        searches: byId(await searchesRepo(db).listSearches()),
        ...(await dumpHunt(db)),
      } as ExportData;
    },

    async load(d) {
      const rows = {
        settings: Object.entries(d.settings).map(([key, value]) => ({ key, value })),
        jobs: d.jobs.map((j) => ({
          id: j.id,
          employer: j.employer,
          title: j.title,
          track: j.track,
          level: j.level,
          started_on: j.startedOn,
          ended_on: j.endedOn,
        })),
        sections: d.sections.map((s) => ({ id: s.id, title: s.title, position: s.position, note: s.note })),
        principles: d.principles.map((p) => ({
          id: p.id,
          section_id: p.sectionId,
          text: p.text,
          tags: json(p.tags),
          source: p.source,
          source_date: p.sourceDate,
          position: p.position,
          created_at: p.createdAt,
          reviewed_at: p.reviewedAt,
          retired_at: p.retiredAt,
        })),
        revisions: d.revisions.map((r) => ({
          id: r.id,
          principle_id: r.principleId,
          previous_text: r.previousText,
          changed_at: r.changedAt,
          reason: r.reason,
        })),
        triggers: d.triggers.map((t) => ({
          id: t.id,
          slug: t.slug,
          text: t.text,
          weight: t.weight,
          active: t.active ? 1 : 0,
          principle_id: t.principleId,
          created_at: t.createdAt,
          retired_at: t.retiredAt,
        })),
        observations: d.observations.map((o) => ({
          id: o.id,
          trigger_id: o.triggerId,
          observed_on: o.observedOn,
          week: isoWeekOf(o.observedOn),
          severity: o.severity,
          note: o.note,
        })),
        check_ins: d.checkIns.map((c) => ({
          id: c.id,
          week: c.week,
          // Scores are recomputed, never trusted from the file.
          ...checkInColumns(c, {
            who5: c.who5 === null ? null : scoreWho5(c.who5).percentage,
            cbi: c.cbi === null ? null : scoreCbiWork(c.cbi),
          }),
          created_at: c.createdAt,
          updated_at: c.updatedAt,
        })),
        accomplishments: d.accomplishments.map((a) => ({
          id: a.id,
          achieved_on: a.achievedOn,
          text: a.text,
          impact: a.impact,
          kind: a.kind,
          people: json(a.people),
        })),
        rules: d.rules.map((r, i) => ({
          name: r.name,
          kind: r.kind,
          params: json(r.params),
          enabled: r.enabled ? 1 : 0,
          principle_id: r.principleId,
          belief: r.belief,
          position: i,
        })),
        searches: d.searches.map((s) => ({ id: s.id, kind: s.kind, started_on: s.startedOn, ended_on: s.endedOn, note: s.note })),
      };
      await insertAll(db, TABLES, rows);
      await loadHunt(db, d, engine);
      await moveSequencesPastIds(db, engine, ID_TABLES);
    },

    async clear() {
      await deleteAll(db, HUNT_TABLES);
      await deleteAll(db, TABLES);
    },
  };
}

async function dumpHunt(db: Db): Promise<OpportunitiesExport> {
  const repo = opportunitiesRepo(db);
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

/** Writes the hunt rows of an export into empty tables (after the tables they refer to; an older file has none). */
async function loadHunt(db: Db, data: Partial<OpportunitiesExport>, engine: Engine): Promise<void> {
  const d = opportunityRows(data);
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
