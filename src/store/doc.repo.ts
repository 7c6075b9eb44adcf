/** The living document's queries (`DocPort`), on either engine. */
import type { Updateable } from 'kysely';
import type { DocPort } from '../app/doc.ports.js';
import type { Db, PrincipleRow, SectionRow } from './schema.js';

export function docRepo(db: Db): DocPort {
  return {
    async updateSection(id, patch) {
      const row: Updateable<SectionRow> = {};
      if (patch.title !== undefined) row.title = patch.title;
      if (patch.position !== undefined) row.position = patch.position;
      if (patch.note !== undefined) row.note = patch.note;
      if (Object.keys(row).length) await db.updateTable('sections').set(row).where('id', '=', id).execute();
    },
    async updatePrinciple(id, patch) {
      const row: Updateable<PrincipleRow> = {};
      if (patch.sectionId !== undefined) row.section_id = patch.sectionId;
      if (patch.position !== undefined) row.position = patch.position;
      if (patch.source !== undefined) row.source = patch.source;
      if (patch.sourceDate !== undefined) row.source_date = patch.sourceDate;
      if (patch.tags !== undefined) row.tags = JSON.stringify(patch.tags);
      if (patch.reviewedAt !== undefined) row.reviewed_at = patch.reviewedAt;
      if (patch.retiredAt !== undefined) row.retired_at = patch.retiredAt;
      if (Object.keys(row).length) await db.updateTable('principles').set(row).where('id', '=', id).execute();
    },
    async lastDocumentChange() {
      const p = await db
        .selectFrom('principles')
        .select((eb) => [eb.fn.max('created_at').as('created'), eb.fn.max('retired_at').as('retired')])
        .executeTakeFirst();
      const r = await db
        .selectFrom('revisions')
        .select((eb) => eb.fn.max('changed_at').as('changed'))
        .executeTakeFirst();
      const times = [p?.created, p?.retired, r?.changed].filter((t): t is string => typeof t === 'string');
      return times.sort().at(-1) ?? null;
    },
  };
}
