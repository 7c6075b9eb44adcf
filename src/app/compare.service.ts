import type { Severity } from '../core/domain.js';
import { invalid } from '../core/errors.js';
import { windowStart } from '../core/iso-week.js';
import { buildComparison, type Comparison, type FlagItem } from '../core/opportunities/compare.js';
import { type Ctx, requireInitialized } from './context.js';
import { findOpportunity } from './opportunities.queries.js';

/**
 * Opportunities side by side against your triggers. The current job is the baseline: its observations
 * within the triggers-cluster window (the same evidence the verdict weighs), clipped to the job's start.
 */
export async function compareOpportunities({ store, clock }: Ctx, refs: string[]): Promise<Comparison> {
  await requireInitialized(store);
  const opportunities = [];
  for (const ref of refs) opportunities.push(await findOpportunity(store, ref));
  const ids = opportunities.map((o) => o.id);
  if (new Set(ids).size !== ids.length) throw invalid('an opportunity is named twice', 'Name each opportunity once.');
  const today = clock.today();
  const [triggers, principles, rules, job, flags, relevant] = await Promise.all([
    store.listTriggers(),
    store.listPrinciples(),
    store.listRules(),
    store.jobOn(today),
    store.listRedFlags(ids),
    store.listRelevantPrinciples(ids),
  ]);
  const cluster = rules.find((r) => r.kind === 'cluster');
  const start = windowStart(today, cluster?.kind === 'cluster' ? cluster.params.weeks : 12);
  const since = job && job.startedOn > start ? job.startedOn : start;
  const bySlug = new Map(triggers.map((t) => [t.slug, t.id]));
  const observed = job ? (await store.facts.triggers(since, today)).observations : [];
  const observations: FlagItem[] = observed.map((o) => ({
    triggerId: bySlug.get(o.slug) as number,
    severity: o.severity as Severity,
    on: o.observedOn,
    text: o.note ?? o.slug,
  }));
  return buildComparison({
    triggers,
    principles,
    current: { job, observations, since },
    opportunities: opportunities.map((o) => ({
      opportunity: o,
      flags: flags.filter((f) => f.opportunityId === o.id).map((f) => ({ triggerId: f.triggerId, severity: f.severity, on: f.on, text: f.text })),
      relevant: relevant.filter((r) => r.opportunityId === o.id),
    })),
  });
}
