/** `RuleFacts`: what the rules count, in set-based SQL bounded by each rule's window (nothing loads every row). */
import { sql } from 'kysely';
import type { CheckInCondition, RuleFacts } from '../app/ports.js';
import { num } from './columns.js';
import type { Db } from './schema.js';

export function ruleFacts(db: Db): RuleFacts {
  return {
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
}

function matchingCheckIns(db: Db, from: string, to: string, c: CheckInCondition) {
  let q = db.selectFrom('check_ins').where('week', '>=', from).where('week', '<=', to);
  if (c.metricAtMost) q = q.where(c.metricAtMost.metric, '<=', c.metricAtMost.value);
  if (c.hoursAtLeast !== undefined) q = q.where('hours', '>=', c.hoursAtLeast);
  if (c.qualityAtMost !== undefined) q = q.where('quality', '<=', c.qualityAtMost);
  if (c.notRespected) q = q.where('respected', '=', 0);
  return q;
}
