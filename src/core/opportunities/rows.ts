/** Apart from the export schema, so that writing an export (store) needs no validation library. */
import type { OpportunitiesExport } from './transfer.js';

/** The hunt arrays of an export, a missing one as empty. */
export function opportunityRows(d: Partial<OpportunitiesExport>): OpportunitiesExport {
  return {
    opportunities: d.opportunities ?? [],
    stageMoves: d.stageMoves ?? [],
    contacts: d.contacts ?? [],
    opportunityNotes: d.opportunityNotes ?? [],
    questions: d.questions ?? [],
    answers: d.answers ?? [],
    redFlags: d.redFlags ?? [],
    relevantPrinciples: d.relevantPrinciples ?? [],
    directions: d.directions ?? [],
    goals: d.goals ?? [],
  };
}
