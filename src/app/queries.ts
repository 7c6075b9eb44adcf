/**
 * Read-only use cases. They need no input validation, so they live apart from the services that do:
 * a read command then starts without loading the validation library.
 */
import type { Rule } from '../core/rules.js';
import { type Ctx, requireInitialized } from './context.js';

export const listJobs = ({ store }: Ctx) => store.listJobs();
export const listTriggers = ({ store }: Ctx) => store.listTriggers();
export const listObservations = ({ store }: Ctx, triggerId?: number) => store.listObservations(triggerId);
export const triggerTallies = ({ store }: Ctx) => store.triggerTallies();
export const listCheckIns = ({ store }: Ctx, limit?: number) => store.listCheckIns(limit);
export const listAccomplishments = ({ store }: Ctx) => store.listAccomplishments();
export const listPrinciples = ({ store }: Ctx) => store.listPrinciples();

export async function listRules({ store }: Ctx): Promise<Rule[]> {
  await requireInitialized(store);
  return store.listRules();
}
