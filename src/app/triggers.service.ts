import type { Observation, Trigger } from '../core/domain.js';
import { KeelError, notFound } from '../core/errors.js';
import { questionForTrigger, TRIGGER_QUESTIONS } from '../core/opportunities/questions.js';
import { triggerSlug, uniqueSlug } from '../core/slug.js';
import { observationInputSchema, parseInput, triggerInputSchema, triggerRenameSchema } from '../core/validation.js';
import { type Ctx, requireInitialized } from './context.js';
import type { Store } from './ports.js';

export async function addTrigger({ store, clock }: Ctx, input: { text: unknown; weight?: unknown; slug?: unknown }): Promise<Trigger> {
  const t = parseInput(triggerInputSchema, { text: input.text, weight: input.weight ?? undefined, slug: input.slug ?? undefined });
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const existing = await tx.listTriggers();
    const same = existing.filter((x) => sameText(x.text, t.text));
    if (same.some((x) => x.active)) {
      throw new KeelError('Conflict', `a trigger "${t.text}" already exists`, undefined, { see: { place: 'triggers' } });
    }
    const retired = same[0];
    if (retired) {
      throw new KeelError('Conflict', `a trigger "${retired.text}" exists but is retired`, undefined, {
        see: { place: 'restore-trigger', ref: retired.slug },
      });
    }
    const taken = new Set(existing.map((x) => x.slug));
    if (t.slug && taken.has(t.slug)) throw new KeelError('Conflict', `the slug ${t.slug} is taken`, 'Choose another slug.', { fields: { slug: 'is taken' } });
    const slug = t.slug ?? uniqueSlug(triggerSlug(t.text), taken);
    return tx.insertTrigger({ slug, text: t.text, weight: t.weight, principleId: null }, clock.now());
  });
}

/** Trigger texts are the same when they differ only in case (and surrounding space). */
const sameText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The retired trigger with this text, if any (what `addTrigger` refuses as "exists but is retired"). */
export async function retiredTriggerWithText({ store }: Ctx, text: string): Promise<Trigger | null> {
  const triggers = await store.listTriggers();
  if (triggers.some((t) => t.active && sameText(t.text, text))) return null;
  return triggers.find((t) => !t.active && sameText(t.text, text)) ?? null;
}

/** Finds a trigger by id, slug or exact text (case-insensitive). */
export async function findTrigger(store: Store, ref: string): Promise<Trigger> {
  const triggers = await store.listTriggers();
  const r = ref.trim();
  const found =
    (/^\d+$/.test(r) ? triggers.find((t) => t.id === Number(r)) : undefined) ??
    triggers.find((t) => t.slug === r.toLowerCase()) ??
    triggers.find((t) => t.text.toLowerCase() === r.toLowerCase());
  if (!found) throw notFound(`no trigger "${ref}"`, 'Name a trigger by its id, slug or exact text.', { see: { place: 'triggers' } });
  return found;
}

export async function retireTrigger({ store, clock }: Ctx, ref: string): Promise<Trigger> {
  return store.transaction(async (tx) => {
    const t = await findTrigger(tx, ref);
    if (!t.active) throw new KeelError('Conflict', `trigger ${t.slug} is already retired`, undefined, { see: { place: 'triggers' } });
    await tx.retireTrigger(t.id, clock.now());
    return { ...t, active: false, retiredAt: clock.now() };
  });
}

/** A retired trigger counts again: active, no retirement date. Its observations were never removed. */
export async function restoreTrigger({ store }: Ctx, ref: string): Promise<Trigger> {
  return store.transaction(async (tx) => {
    const t = await findTrigger(tx, ref);
    if (t.active) throw new KeelError('Conflict', `trigger ${t.slug} is active`, 'Only a retired trigger can be restored.', { see: { place: 'all-triggers' } });
    const twin = (await tx.listTriggers()).find((x) => x.active && sameText(x.text, t.text));
    if (twin) throw new KeelError('Conflict', `the active trigger ${twin.slug} has the same text`, `Retire ${twin.slug} first, or keep using it.`);
    await tx.restoreTrigger(t.id);
    return { ...t, active: true, retiredAt: null };
  });
}

export interface Renamed {
  trigger: Trigger;
  /** The slug it had. */
  previousSlug: string;
  /** How many rules watched the old slug and now watch the new one. */
  rulesFollowed: number;
}

/**
 * Gives a trigger a new slug, in one transaction with every rule that names it (`repeat` rules'
 * `trigger`). Observations, questions and red flags point at the trigger's id, so they follow; a starter
 * trigger's interview question (chosen by its slug) is put in the bank first so that it is kept.
 */
export async function renameTrigger({ store, clock }: Ctx, ref: string, newSlug: unknown): Promise<Renamed> {
  const like = typeof newSlug === 'string' ? triggerSlug(newSlug.replace(/-/g, ' ')) : 'trigger';
  const { slug } = parseInput(
    triggerRenameSchema,
    { slug: newSlug },
    `Use lowercase words joined by dashes, such as ${like === 'trigger' ? 'new-name' : like}.`,
  );
  return store.transaction(async (tx) => {
    const t = await findTrigger(tx, ref);
    if (t.slug === slug)
      throw new KeelError('Conflict', `trigger ${slug} already has that name`, 'Choose another slug.', { fields: { slug: 'is its name already' } });
    const other = (await tx.listTriggers()).find((x) => x.slug === slug);
    if (other) {
      throw new KeelError('Conflict', `the slug ${slug} is taken by "${other.text}"${other.active ? '' : ' (retired)'}`, 'Choose another slug.', {
        fields: { slug: `is taken by "${other.text}"` },
        see: { place: 'all-triggers' },
      });
    }
    if (TRIGGER_QUESTIONS[t.slug] !== undefined && t.active && !(await tx.listQuestions()).some((q) => q.triggerId === t.id)) {
      await tx.insertQuestion({ text: questionForTrigger(t), origin: 'trigger', triggerId: t.id }, clock.now());
    }
    let rulesFollowed = 0;
    for (const rule of await tx.listRules()) {
      if (rule.kind !== 'repeat' || rule.params.trigger !== t.slug) continue;
      await tx.updateRule({ ...rule, params: { ...rule.params, trigger: slug } });
      rulesFollowed++;
    }
    await tx.renameTrigger(t.id, slug);
    return { trigger: { ...t, slug }, previousSlug: t.slug, rulesFollowed };
  });
}

export interface ObserveInput {
  trigger: string;
  observedOn?: unknown;
  severity?: unknown;
  note?: unknown;
}

export async function observe({ store, clock }: Ctx, input: ObserveInput): Promise<Observation & { slug: string }> {
  const o = parseInput(observationInputSchema, {
    observedOn: input.observedOn ?? clock.today(),
    severity: input.severity ?? undefined,
    note: input.note ?? null,
  });
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const t = await findTrigger(tx, input.trigger);
    if (!t.active)
      throw new KeelError('Conflict', `trigger ${t.slug} is retired`, 'Observe an active trigger, or restore this one.', { see: { place: 'triggers' } });
    return { ...(await tx.insertObservation(t.id, o)), slug: t.slug };
  });
}

export { listObservations, listTriggers } from './queries.js';
