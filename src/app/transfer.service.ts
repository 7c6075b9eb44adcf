import { KeelError } from '../core/errors.js';
import { type ExportData, parseExport } from '../core/transfer.js';
import type { Ctx } from './context.js';

/** Everything, as deterministic JSON text: the same data gives the same bytes. */
export async function exportAll({ store }: Ctx): Promise<string> {
  return `${JSON.stringify(await store.dump(), null, 2)}\n`;
}

const hasData = (d: ExportData) =>
  d.jobs.length +
    d.sections.length +
    d.triggers.length +
    d.observations.length +
    d.checkIns.length +
    d.accomplishments.length +
    d.rules.length +
    d.searches.length >
  0;

/**
 * Validates the whole file, then writes all of it or nothing. Into an empty database, or replacing
 * everything when `replace` is set.
 */
export async function importAll({ store }: Ctx, text: string, where: string, replace = false): Promise<ExportData> {
  const data = parseExport(text, where);
  await store.transaction(async (tx) => {
    const current = await tx.dump();
    if (hasData(current) && !replace) {
      throw new KeelError(
        'Conflict',
        'this database already holds data; an import would mix two histories',
        'Replace everything with the file (export first to keep a copy), or import into a new database.',
        { see: { place: 'replace-import' } },
      );
    }
    await tx.clear();
    await tx.load(data);
  });
  return data;
}

/** Deletes every row, all or nothing; removing the database file itself is the caller's (it knows the path). */
export async function purgeAll({ store }: Ctx): Promise<void> {
  await store.transaction((tx) => tx.clear());
}
