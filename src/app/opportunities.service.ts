import { invalid, KeelError, notFound } from '../core/errors.js';
import { CLOSED_STAGES, type Contact, checkMove, type Opportunity, type RelevantPrinciple, STAGES, type StageMove } from '../core/opportunities/domain.js';
import {
  contactInputSchema,
  moveInputSchema,
  notFuture,
  offerInputSchema,
  opportunityInputSchema,
  relevantInputSchema,
} from '../core/opportunities/validation.js';
import { parseInput } from '../core/validation.js';
import { type Ctx, requireInitialized } from './context.js';
import { findOpportunity } from './opportunities.queries.js';
import { syncQuestionBank } from './questions.service.js';

export interface OpportunityRequest {
  company: unknown;
  role: unknown;
  link?: unknown;
  stage?: unknown;
  on?: unknown;
}

/** Adds an opportunity at its first stage (saved unless given), dated today or `on`. */
export async function addOpportunity({ store, clock }: Ctx, req: OpportunityRequest): Promise<Opportunity> {
  const o = parseInput(
    opportunityInputSchema,
    { company: req.company, role: req.role, link: req.link ?? null, stage: req.stage ?? undefined, on: req.on ?? clock.today() },
    `Stages: ${STAGES.join(', ')}.`,
  );
  notFuture('on', o.on, clock.today(), 'Date it today or earlier.');
  if (CLOSED_STAGES.includes(o.stage))
    throw invalid(`a new opportunity cannot start ${o.stage}`, 'Add it at an open stage, then move it to the decision.', {
      fields: { stage: `cannot be ${o.stage} for a new opportunity` },
    });
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const all = await tx.listOpportunities();
    const same = all.find(
      (x) => x.company.toLowerCase() === o.company.toLowerCase() && x.role.toLowerCase() === o.role.toLowerCase() && !CLOSED_STAGES.includes(x.stage),
    );
    if (same)
      throw new KeelError('Conflict', `${same.company} (${same.role}) is already open as #${same.id}`, undefined, {
        see: { place: 'opportunity', ref: String(same.id) },
      });
    await syncQuestionBank(tx, clock.now());
    const id = await tx.insertOpportunity({ company: o.company, role: o.role, link: o.link }, { stage: o.stage, movedOn: o.on, note: null });
    return (await tx.getOpportunity(id)) as Opportunity;
  });
}

/** Moves an opportunity to a later stage (or closes it), on today or `on`, never before its last move. */
export async function moveOpportunity({ store, clock }: Ctx, ref: string, req: { stage: unknown; movedOn?: unknown; note?: unknown }): Promise<StageMove> {
  const m = parseInput(moveInputSchema, { stage: req.stage, movedOn: req.movedOn ?? clock.today(), note: req.note ?? null }, `Stages: ${STAGES.join(', ')}.`);
  notFuture('movedOn', m.movedOn, clock.today(), 'Date the move today or earlier.');
  return store.transaction(async (tx) => {
    const o = await findOpportunity(tx, ref);
    checkMove(o.stage, m.stage);
    if (m.movedOn < o.stageOn) {
      throw invalid(`${o.company} moved to ${o.stage} on ${o.stageOn}, after ${m.movedOn}`, `Date the move on or after ${o.stageOn}.`, {
        fields: { movedOn: `must be on or after ${o.stageOn}, the last move` },
      });
    }
    return tx.insertStageMove(o.id, m);
  });
}

export async function addContact({ store }: Ctx, ref: string, req: { name: unknown; role?: unknown; note?: unknown }): Promise<Contact> {
  const c = parseInput(contactInputSchema, { name: req.name, role: req.role ?? null, note: req.note ?? null });
  return store.transaction(async (tx) => tx.insertContact((await findOpportunity(tx, ref)).id, c));
}

export interface OfferRequest {
  pay: unknown;
  currency?: unknown;
  level?: unknown;
  track?: unknown;
  deadline?: unknown;
  note?: unknown;
}

/** Records (or replaces) the offer; an open opportunity before the offer stage moves to it today. */
export async function recordOffer({ store, clock }: Ctx, ref: string, req: OfferRequest): Promise<{ opportunity: Opportunity; moved: StageMove | null }> {
  const offer = parseInput(offerInputSchema, {
    pay: req.pay,
    currency: req.currency ?? null,
    level: req.level ?? null,
    track: req.track ?? null,
    deadline: req.deadline ?? null,
    note: req.note ?? null,
  });
  return store.transaction(async (tx) => {
    const o = await findOpportunity(tx, ref);
    let moved: StageMove | null = null;
    if (STAGES.indexOf(o.stage) < STAGES.indexOf('offer')) moved = await tx.insertStageMove(o.id, { stage: 'offer', movedOn: clock.today(), note: null });
    else if (o.stage !== 'offer') throw new KeelError('Conflict', `${o.company} is already ${o.stage}`, 'A decision closes an opportunity.');
    await tx.setOffer(o.id, offer);
    return { opportunity: (await tx.getOpportunity(o.id)) as Opportunity, moved };
  });
}

/** Marks a principle (by id) as relevant to an opportunity: it fits, or (fits = false) it conflicts. */
export async function markPrinciple({ store }: Ctx, ref: string, principleRef: string, req: { fits?: unknown; note?: unknown }): Promise<RelevantPrinciple> {
  const r = parseInput(relevantInputSchema, { fits: req.fits ?? undefined, note: req.note ?? null });
  return store.transaction(async (tx) => {
    const o = await findOpportunity(tx, ref);
    const p = /^\d+$/.test(principleRef.trim()) ? await tx.getPrinciple(Number(principleRef)) : null;
    if (!p) throw notFound(`no principle "${principleRef}"`, 'Name a principle by its id.', { see: { place: 'document' } });
    return tx.markRelevantPrinciple({ opportunityId: o.id, principleId: p.id, fits: r.fits, note: r.note });
  });
}
