/**
 * Read-only use cases of job hunting and direction. They need no input validation, so they live apart
 * from the services that do: a read command then starts without loading the validation library.
 */
import type { Direction, Goal } from '../core/direction.js';
import type { Accomplishment, Search, Severity } from '../core/domain.js';
import { KeelError, notFound } from '../core/errors.js';
import type { Opportunity } from '../core/opportunities/domain.js';
import { type Suggestion, suggestTriggers, type TriggerWords } from '../core/opportunities/match.js';
import type { Ctx } from './context.js';
import type { Store } from './ports.js';

/** Finds an opportunity by id or company name (case-insensitive; must be unambiguous). */
export async function findOpportunity(store: Store, ref: string): Promise<Opportunity> {
  const r = ref.trim();
  const byId = /^\d+$/.test(r) ? await store.getOpportunity(Number(r)) : null;
  if (byId) return byId;
  // By name the comparison stays in TypeScript: toLowerCase folds every script, SQL lower() only ASCII on SQLite.
  const named = (await store.listOpportunities()).filter((o) => o.company.toLowerCase() === r.toLowerCase());
  if (named.length > 1) {
    throw new KeelError(
      'Conflict',
      `${named.length} opportunities at ${named[0]?.company}: ${named.map((o) => `#${o.id} ${o.role}`).join(', ')}`,
      'Name one by its id.',
    );
  }
  if (!named[0]) throw notFound(`no opportunity "${ref}"`, 'Name one by its id or company.', { see: { place: 'opportunities' } });
  return named[0];
}

export const listOpportunities = ({ store }: Ctx): Promise<Opportunity[]> => store.listOpportunities();

export type BoardEntry = Opportunity & { flags: number; worst: Severity | null };

/** Every opportunity with how many red flags it has and the worst of them, and every search: the hunt at a glance. */
export async function opportunitiesBoard({ store }: Ctx): Promise<{ opportunities: BoardEntry[]; searches: Search[] }> {
  const [opportunities, searches] = await Promise.all([store.listOpportunities(), store.listSearches()]);
  const flags = await store.listRedFlags(opportunities.map((o) => o.id));
  const tally = new Map<number, { flags: number; worst: Severity | null }>();
  for (const f of flags) {
    const t = tally.get(f.opportunityId) ?? { flags: 0, worst: null };
    tally.set(f.opportunityId, { flags: t.flags + 1, worst: t.worst === null || f.severity > t.worst ? f.severity : t.worst });
  }
  return { opportunities: opportunities.map((o) => ({ ...o, ...(tally.get(o.id) ?? { flags: 0, worst: null }) })), searches };
}

export const listSearches = ({ store }: Ctx) => store.listSearches();

/** The active triggers with the notes of their past observations: what answers are matched against. */
export async function triggerWords(store: Store): Promise<TriggerWords[]> {
  const [triggers, observed] = await Promise.all([store.listTriggers(), store.observationNotes()]);
  const notes = new Map<number, string[]>();
  for (const o of observed) {
    const list = notes.get(o.triggerId);
    if (list) list.push(o.note);
    else notes.set(o.triggerId, [o.note]);
  }
  return triggers.filter((t) => t.active).map((t) => ({ ...t, notes: notes.get(t.id) ?? [] }));
}

/** Candidate triggers for a text: word matches against active triggers and their past observations' notes. */
export const suggestionsFor = async (store: Store, text: string): Promise<Suggestion[]> => suggestTriggers(text, await triggerWords(store));

export type GoalWithEvidence = Goal & { wins: Accomplishment[] };

export interface DirectionView {
  current: Direction | null;
  history: Direction[];
  goals: GoalWithEvidence[];
}

export async function goalsWithEvidence(store: Store): Promise<GoalWithEvidence[]> {
  const [goals, wins] = await Promise.all([store.listGoals(), store.listAccomplishments()]);
  const byId = new Map(wins.map((w) => [w.id, w]));
  return goals.map((g) => ({ ...g, wins: g.evidence.map((id) => byId.get(id)).filter((w): w is Accomplishment => w !== undefined) }));
}

export async function showDirection({ store }: Ctx): Promise<DirectionView> {
  const history = await store.listDirections();
  return { current: history.at(-1) ?? null, history, goals: await goalsWithEvidence(store) };
}

export const listGoals = ({ store }: Ctx) => goalsWithEvidence(store);
