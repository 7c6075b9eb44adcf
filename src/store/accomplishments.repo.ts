/** Wins (the `accomplishments` table): what the brag document, goals and the rules read. */
import type { Store } from '../app/ports.js';
import type { Accomplishment, AccomplishmentKind } from '../core/domain.js';
import { json, type Row } from './columns.js';
import type { AccomplishmentRow, Db } from './schema.js';

export const toAccomplishment = (r: Row<AccomplishmentRow>): Accomplishment => ({
  id: r.id,
  achievedOn: r.achieved_on,
  text: r.text,
  impact: r.impact,
  kind: r.kind as AccomplishmentKind,
  people: JSON.parse(r.people) as string[],
});

export function accomplishmentsRepo(db: Db): Pick<Store, 'insertAccomplishment' | 'listAccomplishments' | 'listAccomplishmentsBetween'> {
  return {
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
    async listAccomplishmentsBetween(from, to) {
      let q = db.selectFrom('accomplishments').selectAll().where('achieved_on', '<=', to);
      if (from !== null) q = q.where('achieved_on', '>=', from);
      return (await q.orderBy('achieved_on').orderBy('id').execute()).map(toAccomplishment);
    },
  };
}
