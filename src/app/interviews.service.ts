import { z } from 'zod';
import type { Severity } from '../core/domain.js';
import { invalid, KeelError, notFound } from '../core/errors.js';
import type { Answer, OpportunityNote, RedFlag } from '../core/opportunities/domain.js';
import type { Suggestion } from '../core/opportunities/match.js';
import { renderQuestion } from '../core/opportunities/questions.js';
import { answerInputSchema, noteInputSchema, notFuture, severitySchema } from '../core/opportunities/validation.js';
import { parseInput, together } from '../core/validation.js';
import type { Ctx } from './context.js';
import { findOpportunity, suggestionsFor } from './opportunities.queries.js';
import type { Store } from './ports.js';
import { findQuestion, syncQuestionBank, withSlugs } from './questions.service.js';
import { findTrigger } from './triggers.service.js';

const severityOf = (value: unknown): Severity =>
  parseInput(z.object({ severity: severitySchema.default(1) }), { severity: value ?? undefined }).severity as Severity;

/** Flags a note or an answer against triggers (by id, slug or text); in the caller's transaction. */
async function flagAll(tx: Store, source: { answerId: number | null; noteId: number | null }, refs: string[], severity: Severity): Promise<RedFlag[]> {
  const flags: RedFlag[] = [];
  const seen = new Set<number>();
  for (const ref of refs) {
    const t = await findTrigger(tx, ref);
    if (seen.has(t.id)) continue;
    seen.add(t.id);
    if (!t.active) throw new KeelError('Conflict', `trigger ${t.slug} is retired`, 'Flag against an active trigger.', { see: { place: 'triggers' } });
    flags.push(await tx.insertRedFlag({ triggerId: t.id, severity, ...source }));
  }
  return flags;
}

export interface NoteRequest {
  text: unknown;
  notedOn?: unknown;
  who?: unknown;
  whoRole?: unknown;
  flag?: string[];
  severity?: unknown;
}

/** A note about an opportunity (with `who`, an interview note), optionally flagged; with suggested triggers. */
export async function addNote(
  { store, clock }: Ctx,
  ref: string,
  req: NoteRequest,
): Promise<{ note: OpportunityNote; flags: RedFlag[]; suggestions: Suggestion[] }> {
  const { n, severity } = together({
    n: () => {
      const v = parseInput(noteInputSchema, { text: req.text, notedOn: req.notedOn ?? clock.today(), who: req.who ?? null, whoRole: req.whoRole ?? null });
      notFuture('notedOn', v.notedOn, clock.today(), 'Date the note today or earlier.');
      return v;
    },
    severity: () => severityOf(req.severity),
  });
  return store.transaction(async (tx) => {
    const o = await findOpportunity(tx, ref);
    const note = await tx.insertOpportunityNote(o.id, n);
    const flags = await flagAll(tx, { answerId: null, noteId: note.id }, req.flag ?? [], severity);
    return { note, flags, suggestions: await suggestionsFor(tx, n.text) };
  });
}

export interface AnswerRequest {
  text: unknown;
  answeredOn?: unknown;
  who?: unknown;
  flag?: string[];
  severity?: unknown;
}

/** Records the answer to a bank question (id, `leave` or a trigger slug) for an opportunity; with suggested triggers. */
export async function answerQuestion(
  { store, clock }: Ctx,
  ref: string,
  questionRef: string,
  req: AnswerRequest,
): Promise<{ answer: Answer; question: string; flags: RedFlag[]; suggestions: Suggestion[] }> {
  const { a, severity } = together({
    a: () => {
      const v = parseInput(answerInputSchema, { text: req.text, answeredOn: req.answeredOn ?? clock.today(), who: req.who ?? null });
      notFuture('answeredOn', v.answeredOn, clock.today(), 'Date the answer today or earlier.');
      return v;
    },
    severity: () => severityOf(req.severity),
  });
  return store.transaction(async (tx) => {
    const o = await findOpportunity(tx, ref);
    const q = findQuestion(await withSlugs(tx, await syncQuestionBank(tx, clock.now())), questionRef);
    if (q.retiredAt !== null) throw new KeelError('Conflict', `question ${q.id} is retired`, undefined, { see: { place: 'questions' } });
    const answer = await tx.insertAnswer(o.id, q.id, a);
    const flags = await flagAll(tx, { answerId: answer.id, noteId: null }, req.flag ?? [], severity);
    return { answer, question: renderQuestion(q.text, o.company), flags, suggestions: await suggestionsFor(tx, a.text) };
  });
}

const flagTargetSchema = z.object({
  answer: z.int({ error: 'must be an answer id' }).positive({ error: 'must be an answer id' }).optional(),
  note: z.int({ error: 'must be a note id' }).positive({ error: 'must be a note id' }).optional(),
});

/**
 * Flags an existing answer or note (exactly one) against a trigger; the same trigger twice on one is
 * refused. With `opportunity`, the answer or note must be that opportunity's (a page flags what it shows).
 */
export async function flag(
  { store }: Ctx,
  req: { answer?: unknown; note?: unknown; trigger: string; severity?: unknown; opportunity?: string },
): Promise<RedFlag> {
  const target = parseInput(flagTargetSchema, { answer: req.answer, note: req.note });
  if ((target.answer === undefined) === (target.note === undefined)) {
    const both = target.answer !== undefined;
    throw invalid(both ? 'flag an answer or a note, not both' : 'choose an answer or a note to flag', undefined, {
      fields: { answer: both ? 'give an answer or a note, not both' : 'choose an answer or a note' },
    });
  }
  const severity = severityOf(req.severity);
  return store.transaction(async (tx) => {
    const source = target.answer ? await tx.getAnswer(target.answer) : await tx.getOpportunityNote(target.note as number);
    const what = `${target.answer ? 'answer' : 'note'} ${target.answer ?? target.note}`;
    if (!source) throw notFound(`no ${what}`, undefined, { see: { place: 'opportunities' } });
    if (req.opportunity !== undefined) {
      const o = await findOpportunity(tx, req.opportunity);
      if (o.id !== source.opportunityId) throw notFound(`no ${what} on ${o.company}`, undefined, { see: { place: 'opportunity', ref: String(o.id) } });
    }
    const t = await findTrigger(tx, req.trigger);
    const existing = await tx.listRedFlags([source.opportunityId]);
    if (existing.some((f) => f.triggerId === t.id && f.answerId === (target.answer ?? null) && f.noteId === (target.note ?? null))) {
      throw new KeelError('Conflict', `that is already flagged as ${t.slug}`, undefined, { see: { place: 'opportunity', ref: String(source.opportunityId) } });
    }
    const [f] = await flagAll(tx, { answerId: target.answer ?? null, noteId: target.note ?? null }, [String(t.id)], severity);
    return f as RedFlag;
  });
}
