import type { Search } from '../core/domain.js';
import { invalid, KeelError } from '../core/errors.js';
import { notFuture, searchInputSchema } from '../core/opportunities/validation.js';
import { isoDateSchema, parseField, parseInput } from '../core/validation.js';
import { type Ctx, requireInitialized } from './context.js';

/** Starts a light or full job search (one at a time); it satisfies the light-search-due rule from its start date. */
export async function startSearch({ store, clock }: Ctx, req: { kind?: unknown; startedOn?: unknown; note?: unknown }): Promise<Search> {
  const s = parseInput(searchInputSchema, { kind: req.kind ?? undefined, startedOn: req.startedOn ?? clock.today(), note: req.note ?? null });
  notFuture('startedOn', s.startedOn, clock.today(), 'Start a search today or on an earlier day.');
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const searches = await tx.listSearches();
    const open = searches.find((x) => x.endedOn === null);
    if (open)
      throw new KeelError('Conflict', `a ${open.kind} search started on ${open.startedOn} is still open`, 'End it first.', { see: { place: 'end-search' } });
    const overlapping = searches.find((x) => x.endedOn !== null && x.endedOn >= s.startedOn);
    if (overlapping)
      throw invalid(
        `the search started on ${overlapping.startedOn} ran until ${overlapping.endedOn}, after ${s.startedOn}`,
        'Start it after the last one ended.',
        {
          fields: { startedOn: `must be after ${overlapping.endedOn}, when the last search ended` },
        },
      );
    return tx.insertSearch(s);
  });
}

export async function endSearch({ store, clock }: Ctx, on?: unknown): Promise<Search> {
  const date = parseField('endedOn', isoDateSchema, on ?? clock.today());
  notFuture('endedOn', date, clock.today(), 'End the search today or on an earlier day.');
  return store.transaction(async (tx) => {
    const open = (await tx.listSearches()).find((x) => x.endedOn === null);
    if (!open) throw new KeelError('NotFound', 'there is no open search to end', undefined, { see: { place: 'start-search' } });
    if (date < open.startedOn)
      throw invalid(`the search started on ${open.startedOn}, after ${date}`, 'End it on or after the day it started.', {
        fields: { endedOn: `must be on or after ${open.startedOn}` },
      });
    await tx.endSearch(open.id, date);
    return { ...open, endedOn: date };
  });
}
