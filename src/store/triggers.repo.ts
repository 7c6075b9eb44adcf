/** Leave triggers and their observations (each observation stores its ISO week, so weeks are counted in SQL). */
import { sql } from 'kysely';
import type { Store } from '../app/ports.js';
import type { Observation, Severity, Trigger } from '../core/domain.js';
import { isoWeekOf } from '../core/iso-week.js';
import { num, type Row } from './columns.js';
import type { Db, ObservationRow, TriggerRow } from './schema.js';

export const toTrigger = (r: Row<TriggerRow>): Trigger => ({
  id: r.id,
  slug: r.slug,
  text: r.text,
  weight: r.weight,
  active: Number(r.active) === 1,
  principleId: r.principle_id,
  createdAt: r.created_at,
  retiredAt: r.retired_at,
});

export const toObservation = (r: Row<ObservationRow>): Observation => ({
  id: r.id,
  triggerId: r.trigger_id,
  observedOn: r.observed_on,
  week: r.week,
  severity: r.severity as Severity,
  note: r.note,
});

export function triggersRepo(
  db: Db,
): Pick<
  Store,
  | 'listTriggers'
  | 'insertTrigger'
  | 'retireTrigger'
  | 'restoreTrigger'
  | 'renameTrigger'
  | 'rewordTrigger'
  | 'insertObservation'
  | 'listObservations'
  | 'observationNotes'
  | 'triggerTallies'
> {
  return {
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
  };
}
