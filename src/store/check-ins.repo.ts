/** Weekly check-ins, one row per ISO week; the mapping both ways lives here (save and import write the same columns). */
import type { Store } from '../app/ports.js';
import type { CheckIn } from '../core/domain.js';
import { json, type Row } from './columns.js';
import type { CheckInRow, Db } from './schema.js';

export const toCheckIn = (r: Row<CheckInRow>): CheckIn => ({
  id: r.id,
  week: r.week,
  hours: Number(r.hours),
  quality: r.quality,
  satisfaction: r.satisfaction,
  energy: r.energy,
  growth: r.growth,
  respected: Number(r.respected) === 1,
  note: r.note,
  who5: r.who5 === null ? null : (JSON.parse(r.who5) as number[]),
  cbi: r.cbi === null ? null : (JSON.parse(r.cbi) as (number | null)[]),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

type Answers = Pick<CheckIn, 'hours' | 'quality' | 'satisfaction' | 'energy' | 'growth' | 'respected' | 'note' | 'who5' | 'cbi'>;

/** The answer and score columns of a check-in, as `saveCheckIn` and import write them. */
export const checkInColumns = (c: Answers, scores: { who5: number | null; cbi: number | null }) => ({
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
});

export function checkInsRepo(db: Db): Pick<Store, 'getCheckIn' | 'listCheckIns' | 'saveCheckIn'> {
  return {
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
      const values = { ...checkInColumns(c, scores), updated_at: at };
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
  };
}
