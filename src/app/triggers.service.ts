import type { Observation, Trigger } from '../core/domain.js';
import { KeelError, notFound } from '../core/errors.js';
import { observationInputSchema, parseInput, slugify, triggerInputSchema } from '../core/validation.js';
import { type Ctx, requireInitialized } from './context.js';
import type { Store } from './ports.js';

export async function addTrigger({ store, clock }: Ctx, input: { text: unknown; weight?: unknown; slug?: unknown }): Promise<Trigger> {
  const t = parseInput(
    triggerInputSchema,
    { text: input.text, weight: input.weight ?? undefined, slug: input.slug ?? undefined },
    () => 'Try: keel trigger add "Promises about promotion keep moving" --weight 2',
  );
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const existing = await tx.listTriggers();
    if (existing.some((x) => x.text.toLowerCase() === t.text.toLowerCase())) {
      throw new KeelError('Conflict', `a trigger "${t.text}" already exists`, 'See them with: keel trigger list');
    }
    let slug = t.slug ?? slugify(t.text);
    if (t.slug && existing.some((x) => x.slug === slug)) throw new KeelError('Conflict', `the slug ${slug} is taken`, 'Choose another --slug.');
    for (let n = 2; existing.some((x) => x.slug === slug); n++) slug = `${slugify(t.text)}-${n}`;
    return tx.insertTrigger({ slug, text: t.text, weight: t.weight, principleId: null }, clock.now());
  });
}

/** Finds a trigger by id, slug or exact text (case-insensitive). */
export async function findTrigger(store: Store, ref: string): Promise<Trigger> {
  const triggers = await store.listTriggers();
  const r = ref.trim();
  const found =
    (/^\d+$/.test(r) ? triggers.find((t) => t.id === Number(r)) : undefined) ??
    triggers.find((t) => t.slug === r.toLowerCase()) ??
    triggers.find((t) => t.text.toLowerCase() === r.toLowerCase());
  if (!found) throw notFound(`no trigger "${ref}"`, 'Name a trigger by its id, slug or exact text; see them with: keel trigger list');
  return found;
}

export async function retireTrigger({ store, clock }: Ctx, ref: string): Promise<Trigger> {
  return store.transaction(async (tx) => {
    const t = await findTrigger(tx, ref);
    if (!t.active) throw new KeelError('Conflict', `trigger ${t.slug} is already retired`, 'See them with: keel trigger list');
    await tx.retireTrigger(t.id, clock.now());
    return { ...t, active: false, retiredAt: clock.now() };
  });
}

export interface ObserveInput {
  trigger: string;
  on?: unknown;
  severity?: unknown;
  note?: unknown;
}

export async function observe({ store, clock }: Ctx, input: ObserveInput): Promise<Observation & { slug: string }> {
  const o = parseInput(
    observationInputSchema,
    { observedOn: input.on ?? clock.today(), severity: input.severity ?? undefined, note: input.note ?? null },
    (f) => (f === 'severity' ? 'Try: keel observe blame --severity 2' : 'Try: keel observe blame --on 2026-11-23'),
  );
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const t = await findTrigger(tx, input.trigger);
    if (!t.active) throw new KeelError('Conflict', `trigger ${t.slug} is retired`, 'Observe an active trigger; see them with: keel trigger list');
    return { ...(await tx.insertObservation(t.id, o)), slug: t.slug };
  });
}

export { listObservations, listTriggers } from './queries.js';
