/** Job searches (light or full), each open while `ended_on` is null. */
import type { Store } from '../app/ports.js';
import type { Search, SearchKind } from '../core/domain.js';
import type { Row } from './columns.js';
import type { Db, SearchRow } from './schema.js';

export const toSearch = (r: Row<SearchRow>): Search => ({
  id: r.id,
  kind: r.kind as SearchKind,
  startedOn: r.started_on,
  endedOn: r.ended_on,
  note: r.note,
});

export function searchesRepo(db: Db): Pick<Store, 'listSearches' | 'insertSearch' | 'endSearch'> {
  return {
    async listSearches() {
      return (await db.selectFrom('searches').selectAll().orderBy('started_on').orderBy('id').execute()).map(toSearch);
    },
    async insertSearch(s) {
      const r = await db
        .insertInto('searches')
        .values({ kind: s.kind, started_on: s.startedOn, ended_on: null, note: s.note })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toSearch(r);
    },
    async endSearch(id, on) {
      await db.updateTable('searches').set({ ended_on: on }).where('id', '=', id).execute();
    },
  };
}
