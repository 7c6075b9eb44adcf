import { type BragFormat, bragDocument } from '../core/brag-document.js';
import { invalidField } from '../core/errors.js';
import type { IsoDate } from '../core/iso-week.js';
import { bragExportSchema } from '../core/opportunities/validation.js';
import { parseInput } from '../core/validation.js';
import type { Ctx } from './context.js';

export interface BragExport {
  text: string;
  format: BragFormat;
  since: IsoDate | null;
  until: IsoDate;
  wins: number;
}

/** The brag document of the wins within [since, until] (until defaults to today), as Markdown or HTML. */
export async function exportBrag({ store, clock }: Ctx, req: { since?: unknown; until?: unknown; format?: unknown }): Promise<BragExport> {
  const o = parseInput(bragExportSchema, { since: req.since ?? null, until: req.until ?? clock.today(), format: req.format ?? undefined });
  if (o.since !== null && o.since > o.until) throw invalidField('since', `${o.since} is after the end, ${o.until}`, 'Start on or before the end.');
  const wins = await store.listAccomplishmentsBetween(o.since, o.until);
  return {
    text: bragDocument(wins, { since: o.since, until: o.until, format: o.format }),
    format: o.format,
    since: o.since,
    until: o.until,
    wins: wins.length,
  };
}
