import { type Direction, type Goal, nextDirection } from '../core/direction.js';
import type { Accomplishment } from '../core/domain.js';
import { invalid, KeelError, notFound } from '../core/errors.js';
import { directionInputSchema, goalInputSchema } from '../core/opportunities/validation.js';
import { parseInput } from '../core/validation.js';
import { type Ctx, requireInitialized } from './context.js';
import { type DirectionView, type GoalWithEvidence, goalsWithEvidence, showDirection } from './opportunities.queries.js';

export interface DirectionRequest {
  track?: unknown;
  archetype?: unknown;
  breadth?: unknown;
  note?: unknown;
}

/** Records a change of direction (the fields given; the others carry over). Nothing changes: nothing is written. */
export async function setDirection({ store, clock }: Ctx, req: DirectionRequest): Promise<{ direction: Direction; changed: boolean }> {
  const change = parseInput(directionInputSchema, {
    track: req.track ?? undefined,
    archetype: req.archetype ?? undefined,
    breadth: req.breadth ?? undefined,
    note: req.note ?? undefined,
  });
  if (Object.values(change).every((v) => v === undefined)) throw invalid('nothing to set', 'Give a track, an archetype, a breadth or a note.');
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const previous = (await tx.listDirections()).at(-1) ?? null;
    const next = nextDirection(previous, change, clock.today());
    const same = previous && (['track', 'archetype', 'breadth', 'note'] as const).every((k) => previous[k] === next[k]);
    if (previous && same) return { direction: previous, changed: false };
    return { direction: await tx.insertDirection(next), changed: true };
  });
}

export async function addGoal({ store, clock }: Ctx, text: unknown): Promise<Goal> {
  const g = parseInput(goalInputSchema, { text, setOn: clock.today() });
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    if ((await tx.listGoals()).some((x) => x.text.toLowerCase() === g.text.toLowerCase())) {
      throw new KeelError('Conflict', `a goal "${g.text}" already exists`, undefined, { see: { place: 'goals' } });
    }
    return tx.insertGoal(g);
  });
}

/** A win by id (a number is always an id), or by a piece of its text that matches exactly one win (case-insensitive). */
function findWin(wins: Accomplishment[], ref: string): Accomplishment {
  const r = ref.trim().toLowerCase();
  if (/^\d+$/.test(r)) {
    const byId = wins.find((w) => w.id === Number(r));
    if (!byId) throw notFound(`no win ${r}`, undefined, { see: { place: 'wins' } });
    return byId;
  }
  const matches = wins.filter((w) => w.text.toLowerCase().includes(r));
  if (matches.length > 1) throw new KeelError('Conflict', `"${ref}" matches ${matches.length} wins`, 'Name the win by its id.', { see: { place: 'wins' } });
  if (!matches[0]) throw notFound(`no win "${ref}"`, 'Name a win by its id or part of its text.', { see: { place: 'wins' } });
  return matches[0];
}

/** Links wins as evidence for a goal (by goal id); linking one twice changes nothing. */
export async function linkEvidence({ store }: Ctx, goalRef: string, winRefs: string[]): Promise<GoalWithEvidence> {
  if (winRefs.length === 0) throw invalid('name at least one win', undefined, { fields: { wins: 'name at least one win' } });
  return store.transaction(async (tx) => {
    const goal = /^\d+$/.test(goalRef.trim()) ? (await tx.listGoals()).find((g) => g.id === Number(goalRef)) : undefined;
    if (!goal) throw notFound(`no goal "${goalRef}"`, 'Name a goal by its id.', { see: { place: 'goals' } });
    const wins = await tx.listAccomplishments();
    for (const ref of winRefs) await tx.addGoalEvidence(goal.id, findWin(wins, ref).id);
    return (await goalsWithEvidence(tx)).find((g) => g.id === goal.id) as GoalWithEvidence;
  });
}

/**
 * A direction and goals in one go: changes the direction (when any field is given) and adds goals, all or
 * nothing, then shows the result.
 */
export async function updateDirection(ctx: Ctx, req: DirectionRequest & { goals?: unknown[] }): Promise<DirectionView> {
  const setting = [req.track, req.archetype, req.breadth, req.note].some((v) => v !== undefined);
  return ctx.store.transaction(async (tx) => {
    const c = { ...ctx, store: tx };
    if (setting) await setDirection(c, req);
    for (const text of req.goals ?? []) await addGoal(c, text);
    return showDirection(c);
  });
}
