/** The `Store` port on Kysely: one implementation for SQLite and Postgres. */
import { type Kysely, sql } from 'kysely';
import type { CheckInCondition, NewPrinciple, RuleFacts, Store } from '../app/ports.js';
import { scoreCbiWork, scoreWho5 } from '../core/instruments.js';
import { isoWeekOf } from '../core/iso-week.js';
import type { Rule } from '../core/rules.js';
import type { ExportData } from '../core/transfer.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../core/transfer-format.js';
import { deleteAll, insertAll, moveSequencesPastIds } from './bulk.js';
import { docRepo } from './doc.repo.js';
import { huntRepo } from './hunt.repo.js';
import { clearHunt, dumpHunt, loadHunt } from './hunt.transfer.js';
import { toAccomplishment, toCheckIn, toJob, toObservation, toPrinciple, toRevision, toRule, toSearch, toSection, toTrigger } from './mappers.js';
import type { Engine } from './migrations/helpers.js';
import type { Database, Db } from './schema.js';

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

export interface StoreOptions {
  engine: Engine;
  backup?: (path: string) => Promise<void>;
}

export function createStore(db: Db, opts: StoreOptions, inTransaction = false): Store {
  const json = (v: unknown) => JSON.stringify(v);
  const num = (v: unknown) => Number(v ?? 0);

  const facts: RuleFacts = {
    async triggers(from, to) {
      const pairs = await db
        .selectFrom('observations as o')
        .innerJoin('triggers as t', 't.id', 'o.trigger_id')
        .where('t.active', '=', 1)
        .where('o.observed_on', '>=', from)
        .where('o.observed_on', '<=', to)
        .select(['t.slug', 't.text', 'o.week'])
        .distinct()
        .orderBy('t.slug')
        .orderBy('o.week', 'desc')
        .execute();
      const bySlug = new Map<string, { slug: string; text: string; weeks: string[] }>();
      for (const p of pairs) {
        const t = bySlug.get(p.slug) ?? { slug: p.slug, text: p.text, weeks: [] };
        t.weeks.push(p.week);
        bySlug.set(p.slug, t);
      }
      const observations = await db
        .selectFrom('observations as o')
        .innerJoin('triggers as t', 't.id', 'o.trigger_id')
        .where('t.active', '=', 1)
        .where('o.observed_on', '>=', from)
        .where('o.observed_on', '<=', to)
        .select(['t.slug', 'o.observed_on', 'o.note', 'o.severity'])
        .orderBy('o.observed_on')
        .orderBy('o.id')
        .execute();
      return {
        triggers: [...bySlug.values()],
        observations: observations.map((o) => ({ slug: o.slug, observedOn: o.observed_on, note: o.note, severity: o.severity })),
      };
    },
    async checkIns(from, to, condition, value) {
      const total = await this.countCheckIns(from, to);
      const matching = await matchingCheckIns(db, from, to, condition)
        .select(['week', 'hours', 'quality', sql<number>`${sql.ref(value)}`.as('value')])
        .orderBy('week', 'desc')
        .execute();
      return {
        total,
        matching: matching.map((m) => ({ week: m.week, hours: Number(m.hours), quality: Number(m.quality), value: Number(m.value) })),
      };
    },
    async instrumentScores(instrument, to) {
      const column = instrument === 'who5' ? 'who5_score' : 'cbi_score';
      const rows = await db
        .selectFrom('check_ins')
        .where(column, 'is not', null)
        .where('week', '<=', to)
        .select(['week', sql<number>`${sql.ref(column)}`.as('score')])
        .orderBy('week', 'desc')
        .limit(2)
        .execute();
      return { scores: rows.map((r) => ({ week: r.week, score: Number(r.score) })) };
    },
    async countCheckIns(from, to) {
      const r = await db.selectFrom('check_ins').where('week', '>=', from).where('week', '<=', to).select(sql<number>`count(*)`.as('n')).executeTakeFirst();
      return num(r?.n);
    },
    async countAccomplishments(from, to) {
      const r = await db
        .selectFrom('accomplishments')
        .where('achieved_on', '>=', from)
        .where('achieved_on', '<=', to)
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirst();
      return num(r?.n);
    },
    async lastAccomplishmentOn(to) {
      const r = await db.selectFrom('accomplishments').where('achieved_on', '<=', to).select(sql<string | null>`max(achieved_on)`.as('d')).executeTakeFirst();
      return r?.d ?? null;
    },
    async lastSearchStartedOn(to) {
      const r = await db.selectFrom('searches').where('started_on', '<=', to).select(sql<string | null>`max(started_on)`.as('d')).executeTakeFirst();
      return r?.d ?? null;
    },
  };

  const store: Store = {
    // Area repositories (e.g. `...docRepo(db),`) are spread here; each implements its port in app/<area>.ports.ts.
    ...huntRepo(db),
    ...docRepo(db),
    async transaction(fn) {
      if (inTransaction) return fn(store);
      for (let attempt = 1; ; attempt++) {
        let started = false;
        try {
          return await (db as Kysely<Database>).transaction().execute((tx) => {
            started = true;
            return fn(createStore(tx, opts, true));
          });
        } catch (e) {
          // BEGIN IMMEDIATE waits busy_timeout for the write lock. When another process held it even
          // longer, nothing of ours has run yet, so the whole transaction is simply tried again.
          if (!started && isBusy(e) && attempt < MAX_BEGIN_ATTEMPTS) continue;
          throw e;
        }
      }
    },

    async getSetting(key) {
      const r = await db.selectFrom('settings').where('key', '=', key).select('value').executeTakeFirst();
      return r?.value ?? null;
    },
    async setSetting(key, value) {
      await db
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    },

    async listJobs() {
      return (await db.selectFrom('jobs').selectAll().orderBy('started_on').orderBy('id').execute()).map(toJob);
    },
    async jobOn(asOf) {
      const r = await db
        .selectFrom('jobs')
        .selectAll()
        .where('started_on', '<=', asOf)
        .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', asOf)]))
        .orderBy('started_on', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
      return r ? toJob(r) : null;
    },
    async insertJob(j) {
      const r = await db
        .insertInto('jobs')
        .values({ employer: j.employer, title: j.title, track: j.track, level: j.level, started_on: j.startedOn, ended_on: null })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toJob(r);
    },
    async endJob(id, on) {
      await db.updateTable('jobs').set({ ended_on: on }).where('id', '=', id).execute();
    },

    async listSections() {
      return (await db.selectFrom('sections').selectAll().orderBy('position').orderBy('id').execute()).map(toSection);
    },
    async insertSection(title, position, note = null) {
      return toSection(await db.insertInto('sections').values({ title, position, note }).returningAll().executeTakeFirstOrThrow());
    },
    async listPrinciples() {
      return (await db.selectFrom('principles').selectAll().orderBy('section_id').orderBy('position').orderBy('id').execute()).map(toPrinciple);
    },
    async getPrinciple(id) {
      const r = await db.selectFrom('principles').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toPrinciple(r) : null;
    },
    async insertPrinciple(p: NewPrinciple, createdAt) {
      const pos = await db
        .selectFrom('principles')
        .where('section_id', '=', p.sectionId)
        .select(sql<number>`coalesce(max(position), -1) + 1`.as('next'))
        .executeTakeFirst();
      const r = await db
        .insertInto('principles')
        .values({
          section_id: p.sectionId,
          text: p.text,
          tags: json(p.tags ?? []),
          source: p.source ?? null,
          source_date: p.sourceDate ?? null,
          position: num(pos?.next),
          created_at: createdAt,
          reviewed_at: null,
          retired_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toPrinciple(r);
    },
    async updatePrincipleText(id, text, revision) {
      const before = await db.selectFrom('principles').select('text').where('id', '=', id).executeTakeFirstOrThrow();
      await db
        .insertInto('revisions')
        .values({ principle_id: id, previous_text: before.text, changed_at: revision.changedAt, reason: revision.reason })
        .execute();
      await db.updateTable('principles').set({ text }).where('id', '=', id).execute();
    },
    async listRevisions(principleId) {
      return (await db.selectFrom('revisions').selectAll().where('principle_id', '=', principleId).orderBy('id').execute()).map(toRevision);
    },

    async listTriggers() {
      return (await db.selectFrom('triggers').selectAll().orderBy('id').execute()).map(toTrigger);
    },
    async insertTrigger(t, createdAt) {
      const r = await db
        .insertInto('triggers')
        .values({ slug: t.slug, text: t.text, weight: t.weight, active: 1, principle_id: t.principleId, created_at: createdAt, retired_at: null })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toTrigger(r);
    },
    async retireTrigger(id, at) {
      await db.updateTable('triggers').set({ active: 0, retired_at: at }).where('id', '=', id).execute();
    },
    async restoreTrigger(id) {
      await db.updateTable('triggers').set({ active: 1, retired_at: null }).where('id', '=', id).execute();
    },
    async renameTrigger(id, slug) {
      await db.updateTable('triggers').set({ slug }).where('id', '=', id).execute();
    },
    async rewordTrigger(id, text, principleId) {
      await db.updateTable('triggers').set({ text, principle_id: principleId }).where('id', '=', id).execute();
    },

    async insertObservation(triggerId, o) {
      const r = await db
        .insertInto('observations')
        .values({ trigger_id: triggerId, observed_on: o.observedOn, week: isoWeekOf(o.observedOn), severity: o.severity, note: o.note })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toObservation(r);
    },
    async listObservations(triggerId) {
      let q = db.selectFrom('observations as o').innerJoin('triggers as t', 't.id', 'o.trigger_id').selectAll('o').select('t.slug');
      if (triggerId !== undefined) q = q.where('o.trigger_id', '=', triggerId);
      const rows = await q.orderBy('o.observed_on').orderBy('o.id').execute();
      return rows.map((r) => ({ ...toObservation(r), slug: r.slug }));
    },
    async observationNotes() {
      const rows = await db
        .selectFrom('observations')
        .where('note', 'is not', null)
        .select(['trigger_id', 'note'])
        .distinct()
        .orderBy('trigger_id')
        .orderBy('note')
        .execute();
      return rows.map((r) => ({ triggerId: r.trigger_id, note: r.note as string }));
    },
    async triggerTallies() {
      const rows = await db
        .selectFrom('observations')
        .groupBy('trigger_id')
        .select(['trigger_id', sql<number>`count(*)`.as('n'), sql<string>`max(observed_on)`.as('last_on')])
        .execute();
      return rows.map((r) => ({ triggerId: r.trigger_id, count: num(r.n), lastOn: r.last_on }));
    },

    async getCheckIn(week) {
      const r = await db.selectFrom('check_ins').selectAll().where('week', '=', week).executeTakeFirst();
      return r ? toCheckIn(r) : null;
    },
    async listCheckIns(limit) {
      let q = db.selectFrom('check_ins').selectAll().orderBy('week', 'desc');
      if (limit !== undefined) q = q.limit(limit);
      return (await q.execute()).map(toCheckIn).reverse();
    },
    async saveCheckIn(c, scores, at, replace) {
      const values = {
        hours: c.hours,
        quality: c.quality,
        satisfaction: c.satisfaction,
        energy: c.energy,
        growth: c.growth,
        respected: c.respected ? 1 : 0,
        note: c.note,
        who5: c.who5 === null ? null : json(c.who5),
        who5_score: scores.who5,
        cbi: c.cbi === null ? null : json(c.cbi),
        cbi_score: scores.cbi,
        updated_at: at,
      };
      if (replace) {
        const r = await db.updateTable('check_ins').set(values).where('week', '=', c.week).returningAll().executeTakeFirst();
        if (r) return toCheckIn(r);
      }
      return toCheckIn(
        await db
          .insertInto('check_ins')
          .values({ ...values, week: c.week, created_at: at })
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
    },

    async insertAccomplishment(a) {
      const r = await db
        .insertInto('accomplishments')
        .values({ achieved_on: a.achievedOn, text: a.text, impact: a.impact, kind: a.kind, people: json(a.people) })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toAccomplishment(r);
    },
    async listAccomplishments() {
      return (await db.selectFrom('accomplishments').selectAll().orderBy('achieved_on').orderBy('id').execute()).map(toAccomplishment);
    },

    async listRules() {
      return (await db.selectFrom('rules').selectAll().orderBy('position').execute()).map(toRule);
    },
    async insertRule(rule: Rule, position) {
      await db
        .insertInto('rules')
        .values({
          name: rule.name,
          kind: rule.kind,
          params: json(rule.params),
          enabled: rule.enabled ? 1 : 0,
          principle_id: rule.principleId,
          belief: rule.belief,
          position,
        })
        .execute();
    },
    async updateRule(rule) {
      await db
        .updateTable('rules')
        .set({ params: json(rule.params), enabled: rule.enabled ? 1 : 0, principle_id: rule.principleId })
        .where('name', '=', rule.name)
        .execute();
    },

    async listSearches() {
      return (await db.selectFrom('searches').selectAll().orderBy('started_on').orderBy('id').execute()).map(toSearch);
    },

    facts,

    async dump() {
      const settings = await db.selectFrom('settings').selectAll().orderBy('key').execute();
      const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);
      const principles = byId(await this.listPrinciples());
      const revisions = (await db.selectFrom('revisions').selectAll().orderBy('id').execute()).map(toRevision);
      const rules = await db.selectFrom('rules').selectAll().orderBy('position').execute();
      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        settings: Object.fromEntries(settings.map((s) => [s.key, s.value])),
        jobs: byId(await this.listJobs()),
        sections: byId(await this.listSections()),
        principles,
        revisions,
        triggers: await this.listTriggers(),
        observations: byId(await this.listObservations()).map(({ slug: _slug, week: _week, ...o }) => o),
        checkIns: byId(await this.listCheckIns()),
        accomplishments: byId(await this.listAccomplishments()),
        rules: rules.map((r) => ({
          name: r.name,
          kind: r.kind,
          params: JSON.parse(r.params),
          enabled: Number(r.enabled) === 1,
          principleId: r.principle_id,
          belief: r.belief,
        })),
        searches: byId(await this.listSearches()),
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
          hours: c.hours,
          quality: c.quality,
          satisfaction: c.satisfaction,
          energy: c.energy,
          growth: c.growth,
          respected: c.respected ? 1 : 0,
          note: c.note,
          who5: c.who5 === null ? null : json(c.who5),
          // Scores are recomputed, never trusted from the file.
          who5_score: c.who5 === null ? null : scoreWho5(c.who5).percentage,
          cbi: c.cbi === null ? null : json(c.cbi),
          cbi_score: c.cbi === null ? null : scoreCbiWork(c.cbi),
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
      await loadHunt(db, d, opts.engine);
      await moveSequencesPastIds(db, opts.engine, ID_TABLES);
    },

    async clear() {
      await clearHunt(db);
      await deleteAll(db, TABLES);
    },

    async backup(path) {
      if (!opts.backup) throw new Error('backup is only available on SQLite');
      await opts.backup(path);
    },
  };
  return store;
}

const MAX_BEGIN_ATTEMPTS = 12;
const isBusy = (e: unknown): boolean => String((e as { code?: unknown }).code).startsWith('SQLITE_BUSY');

function matchingCheckIns(db: Db, from: string, to: string, c: CheckInCondition) {
  let q = db.selectFrom('check_ins').where('week', '>=', from).where('week', '<=', to);
  if (c.metricAtMost) q = q.where(c.metricAtMost.metric, '<=', c.metricAtMost.value);
  if (c.hoursAtLeast !== undefined) q = q.where('hours', '>=', c.hoursAtLeast);
  if (c.qualityAtMost !== undefined) q = q.where('quality', '<=', c.qualityAtMost);
  if (c.notRespected) q = q.where('respected', '=', 0);
  return q;
}
