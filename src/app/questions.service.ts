import { KeelError, notFound } from '../core/errors.js';
import type { Question } from '../core/opportunities/domain.js';
import { missingQuestions } from '../core/opportunities/questions.js';
import { questionInputSchema } from '../core/opportunities/validation.js';
import { parseInput } from '../core/validation.js';
import { type Ctx, requireInitialized } from './context.js';
import type { Store } from './ports.js';
import { findTrigger } from './triggers.service.js';

/** A question of the bank with the slug of the trigger it asks about. */
export type BankQuestion = Question & { slug: string | null };

/** Adds what the bank lacks (the leave question, one per active trigger); returns the whole bank. Run inside a transaction. */
export async function syncQuestionBank(tx: Store, now: string): Promise<Question[]> {
  const questions = await tx.listQuestions();
  for (const q of missingQuestions(questions, await tx.listTriggers())) questions.push(await tx.insertQuestion(q, now));
  return questions;
}

export async function withSlugs(store: Store, questions: Question[]): Promise<BankQuestion[]> {
  const slugs = new Map((await store.listTriggers()).map((t) => [t.id, t.slug]));
  return questions.map((q) => ({ ...q, slug: q.triggerId === null ? null : (slugs.get(q.triggerId) ?? null) }));
}

/** The question bank, brought up to date with your triggers first. */
export async function listQuestions({ store, clock }: Ctx): Promise<BankQuestion[]> {
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    return withSlugs(tx, await syncQuestionBank(tx, clock.now()));
  });
}

export async function addQuestion({ store, clock }: Ctx, req: { text: unknown; trigger?: string }): Promise<BankQuestion> {
  const { text } = parseInput(questionInputSchema, { text: req.text });
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const questions = await syncQuestionBank(tx, clock.now());
    if (questions.some((q) => q.retiredAt === null && q.text.toLowerCase() === text.toLowerCase())) {
      throw new KeelError('Conflict', 'that question is already in the bank', undefined, { see: { place: 'questions' } });
    }
    const trigger = req.trigger ? await findTrigger(tx, req.trigger) : null;
    const q = await tx.insertQuestion({ text, origin: 'own', triggerId: trigger?.id ?? null }, clock.now());
    return { ...q, slug: trigger?.slug ?? null };
  });
}

export async function retireQuestion({ store, clock }: Ctx, ref: string): Promise<BankQuestion> {
  return store.transaction(async (tx) => {
    const q = findQuestion(await withSlugs(tx, await tx.listQuestions()), ref);
    if (q.retiredAt !== null) throw new KeelError('Conflict', `question ${q.id} is already retired`, undefined, { see: { place: 'questions' } });
    await tx.retireQuestion(q.id, clock.now());
    return { ...q, retiredAt: clock.now() };
  });
}

/** A question by id, `leave` for the leave question, or the slug of the trigger it asks about (newest active one). */
export function findQuestion(questions: BankQuestion[], ref: string): BankQuestion {
  const r = ref.trim().toLowerCase();
  const active = questions.filter((q) => q.retiredAt === null).reverse();
  const found =
    (/^\d+$/.test(r) ? questions.find((q) => q.id === Number(r)) : undefined) ??
    (r === 'leave' ? active.find((q) => q.origin === 'leave') : undefined) ??
    active.find((q) => q.slug === r);
  if (!found) throw notFound(`no question "${ref}"`, 'Name a question by its id, "leave", or a trigger slug.', { see: { place: 'questions' } });
  return found;
}
