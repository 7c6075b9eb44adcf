/** Row ↔ domain conversions: the only place that knows how each field is stored. */
import type {
  Accomplishment,
  AccomplishmentKind,
  CheckIn,
  Job,
  Observation,
  Principle,
  Revision,
  Search,
  SearchKind,
  Section,
  Severity,
  Track,
  Trigger,
} from '../core/domain.js';
import type { Rule, RuleKind } from '../core/rules.js';
import type { AccomplishmentRow, CheckInRow, JobRow, ObservationRow, PrincipleRow, RevisionRow, RuleRow, SearchRow, SectionRow, TriggerRow } from './schema.js';

type Row<T> = { [K in keyof T]: T[K] extends import('kysely').Generated<infer U> ? U : T[K] };

export const toJob = (r: Row<JobRow>): Job => ({
  id: r.id,
  employer: r.employer,
  title: r.title,
  track: r.track as Track,
  level: r.level,
  startedOn: r.started_on,
  endedOn: r.ended_on,
});

export const toSection = (r: Row<SectionRow>): Section => ({ id: r.id, title: r.title, position: r.position, note: r.note });

export const toPrinciple = (r: Row<PrincipleRow>): Principle => ({
  id: r.id,
  sectionId: r.section_id,
  text: r.text,
  tags: JSON.parse(r.tags) as string[],
  source: r.source,
  sourceDate: r.source_date,
  position: r.position,
  createdAt: r.created_at,
  reviewedAt: r.reviewed_at,
  retiredAt: r.retired_at,
});

export const toRevision = (r: Row<RevisionRow>): Revision => ({
  id: r.id,
  principleId: r.principle_id,
  previousText: r.previous_text,
  changedAt: r.changed_at,
  reason: r.reason,
});

export const toTrigger = (r: Row<TriggerRow>): Trigger => ({
  id: r.id,
  slug: r.slug,
  text: r.text,
  weight: r.weight,
  active: Number(r.active) === 1,
  principleId: r.principle_id,
  createdAt: r.created_at,
  retiredAt: r.retired_at,
});

export const toObservation = (r: Row<ObservationRow>): Observation => ({
  id: r.id,
  triggerId: r.trigger_id,
  observedOn: r.observed_on,
  week: r.week,
  severity: r.severity as Severity,
  note: r.note,
});

export const toCheckIn = (r: Row<CheckInRow>): CheckIn => ({
  id: r.id,
  week: r.week,
  hours: Number(r.hours),
  quality: r.quality,
  satisfaction: r.satisfaction,
  energy: r.energy,
  growth: r.growth,
  respected: Number(r.respected) === 1,
  note: r.note,
  who5: r.who5 === null ? null : (JSON.parse(r.who5) as number[]),
  cbi: r.cbi === null ? null : (JSON.parse(r.cbi) as (number | null)[]),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toAccomplishment = (r: Row<AccomplishmentRow>): Accomplishment => ({
  id: r.id,
  achievedOn: r.achieved_on,
  text: r.text,
  impact: r.impact,
  kind: r.kind as AccomplishmentKind,
  people: JSON.parse(r.people) as string[],
});

export const toRule = (r: RuleRow): Rule =>
  ({
    name: r.name,
    kind: r.kind as RuleKind,
    // Validated when written (rules set, init, import); reads stay free of the validation library.
    params: JSON.parse(r.params),
    enabled: Number(r.enabled) === 1,
    principleId: r.principle_id,
    belief: r.belief,
  }) as Rule;

export const toSearch = (r: Row<SearchRow>): Search => ({
  id: r.id,
  kind: r.kind as SearchKind,
  startedOn: r.started_on,
  endedOn: r.ended_on,
  note: r.note,
});
