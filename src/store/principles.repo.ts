/** The living document's rows: sections, principles and the revisions of a principle's text (`DocPort` is in doc.repo.ts). */
import { sql } from 'kysely';
import type { NewPrinciple, Store } from '../app/ports.js';
import type { Principle, Revision, Section } from '../core/domain.js';
import { json, num, type Row } from './columns.js';
import type { Db, PrincipleRow, RevisionRow, SectionRow } from './schema.js';

export const toSection = (r: Row<SectionRow>): Section => ({ id: r.id, title: r.title, position: r.position, note: r.note });

export const toPrinciple = (r: Row<PrincipleRow>): Principle => ({
  id: r.id,
  sectionId: r.section_id,
  text: r.text,
  tags: JSON.parse(r.tags) as string[],
  source: r.source,
  sourceDate: r.source_date,
  position: r.position,
  createdAt: r.created_at,
  reviewedAt: r.reviewed_at,
  retiredAt: r.retired_at,
});

export const toRevision = (r: Row<RevisionRow>): Revision => ({
  id: r.id,
  principleId: r.principle_id,
  previousText: r.previous_text,
  changedAt: r.changed_at,
  reason: r.reason,
});

export function principlesRepo(
  db: Db,
): Pick<Store, 'listSections' | 'insertSection' | 'listPrinciples' | 'getPrinciple' | 'insertPrinciple' | 'updatePrincipleText' | 'listRevisions'> {
  return {
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
  };
}
