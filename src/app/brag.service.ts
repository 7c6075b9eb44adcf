import type { Accomplishment } from '../core/domain.js';
import { accomplishmentInputSchema, parseInput } from '../core/validation.js';
import { type Ctx, requireInitialized } from './context.js';

export interface BragRequest {
  text: unknown;
  achievedOn?: unknown;
  impact?: unknown;
  kind?: unknown;
  people?: string[];
}

export async function addAccomplishment({ store, clock }: Ctx, req: BragRequest): Promise<Accomplishment> {
  const a = parseInput(accomplishmentInputSchema, {
    text: req.text,
    achievedOn: req.achievedOn ?? clock.today(),
    impact: req.impact ?? null,
    kind: req.kind ?? undefined,
    people: req.people ?? [],
  });
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    return tx.insertAccomplishment(a);
  });
}

export { listAccomplishments } from './queries.js';
