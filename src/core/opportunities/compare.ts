/**
 * Opportunities side by side against your own triggers, with your current job as the baseline column:
 * red flags per trigger, principles you marked as relevant, and the offers.
 */
import type { Job, Principle, Severity, Trigger } from '../domain.js';
import type { IsoDate } from '../iso-week.js';
import type { Offer, Opportunity, RelevantPrinciple, Stage } from './domain.js';

/** One piece of evidence against a trigger: a flagged answer or note, or (for the current job) an observation. */
export interface FlagItem {
  triggerId: number;
  severity: Severity;
  on: IsoDate;
  text: string;
}

export interface ComparedOpportunity {
  opportunity: Opportunity;
  flags: FlagItem[];
  relevant: RelevantPrinciple[];
}

export interface CompareInput {
  triggers: Trigger[];
  principles: Principle[];
  current: { job: Job | null; observations: FlagItem[]; since: IsoDate };
  opportunities: ComparedOpportunity[];
}

export interface Column {
  kind: 'current' | 'opportunity';
  id: number | null;
  company: string;
  role: string;
  stage: Stage | null;
  offer: Offer | null;
  /** Level and track of the current job (an opportunity's are in its offer). */
  level: string | null;
  track: string | null;
  flags: number;
  /** Σ severity × trigger weight: how heavily your own triggers weigh against it. */
  flagScore: number;
}

export interface Cell {
  count: number;
  maxSeverity: Severity | null;
  items: FlagItem[];
}

export interface Comparison {
  /** The window of the current job's observations (its triggers-cluster window). */
  currentSince: IsoDate;
  columns: Column[];
  triggers: { id: number; slug: string; text: string; weight: number; cells: Cell[] }[];
  principles: { id: number; text: string; cells: ({ fits: boolean; note: string | null } | null)[] }[];
}

const cell = (items: FlagItem[]): Cell => ({
  count: items.length,
  maxSeverity: items.length ? (Math.max(...items.map((i) => i.severity)) as Severity) : null,
  items: [...items].sort((a, b) => a.on.localeCompare(b.on)),
});

export function buildComparison(input: CompareInput): Comparison {
  const weight = new Map(input.triggers.map((t) => [t.id, t.weight]));
  const score = (items: FlagItem[]) => items.reduce((n, f) => n + f.severity * (weight.get(f.triggerId) ?? 1), 0);
  const { job, observations } = input.current;
  const columns: Column[] = [
    {
      kind: 'current',
      id: job?.id ?? null,
      company: job?.employer ?? '(no current job)',
      role: job?.title ?? '',
      stage: null,
      offer: null,
      level: job?.level ?? null,
      track: job?.track ?? null,
      flags: observations.length,
      flagScore: score(observations),
    },
    ...input.opportunities.map(({ opportunity: o, flags }) => ({
      kind: 'opportunity' as const,
      id: o.id,
      company: o.company,
      role: o.role,
      stage: o.stage,
      offer: o.offer,
      level: o.offer?.level ?? null,
      track: o.offer?.track ?? null,
      flags: flags.length,
      flagScore: score(flags),
    })),
  ];
  const perColumn = [observations, ...input.opportunities.map((o) => o.flags)];
  const flagged = new Set(perColumn.flat().map((f) => f.triggerId));
  const triggers = input.triggers
    .filter((t) => t.active || flagged.has(t.id))
    .map((t) => ({ id: t.id, slug: t.slug, text: t.text, weight: t.weight, cells: perColumn.map((items) => cell(items.filter((f) => f.triggerId === t.id))) }));
  const relevantIds = new Set(input.opportunities.flatMap((o) => o.relevant.map((r) => r.principleId)));
  const principles = input.principles
    .filter((p) => relevantIds.has(p.id))
    .map((p) => ({
      id: p.id,
      text: p.text,
      cells: [
        null,
        ...input.opportunities.map((o) => {
          const r = o.relevant.find((x) => x.principleId === p.id);
          return r ? { fits: r.fits, note: r.note } : null;
        }),
      ],
    }));
  return { currentSince: input.current.since, columns, triggers, principles };
}
