/**
 * The ports the use cases need. `store/` implements `Store` with SQL on SQLite and Postgres; tests
 * may pass a fake `Clock`. Counting for the rules happens behind `RuleFacts`, in SQL.
 */
import type { Accomplishment, CheckIn, Job, Observation, Principle, Revision, Search, Section, Trigger } from '../core/domain.js';
import type { IsoDate, IsoWeek } from '../core/iso-week.js';
import type { Rule } from '../core/rules.js';
import type { ExportData } from '../core/transfer.js';
import type { AccomplishmentInput, CheckInInput, JobInput, ObservationInput } from '../core/validation.js';
import type { CheckInFacts, InstrumentFacts, TriggerFacts } from '../core/verdict.js';
import type { DocPort } from './doc.ports.js';
import type { GrowthPort, OpportunitiesPort } from './opportunities.ports.js';

export interface Clock {
  /** Today in the user's local calendar, YYYY-MM-DD. */
  today(): IsoDate;
  /** Now as an ISO timestamp. */
  now(): string;
}

/** A check-in condition counted in SQL: every given bound must hold. */
export interface CheckInCondition {
  metricAtMost?: { metric: 'satisfaction' | 'energy' | 'growth' | 'quality'; value: number };
  hoursAtLeast?: number;
  qualityAtMost?: number;
  notRespected?: boolean;
}

export interface RuleFacts {
  /** Observations of active triggers dated within [from, to], grouped by trigger (SQL), with evidence. */
  triggers(from: IsoDate, to: IsoDate): Promise<TriggerFacts>;
  /** Check-ins with weeks within [from, to]: how many, and which match `condition`. */
  checkIns(from: IsoWeek, to: IsoWeek, condition: CheckInCondition, value: 'satisfaction' | 'energy' | 'growth' | 'quality'): Promise<CheckInFacts>;
  /** The newest two scores of an instrument up to week `to`; the caller applies the window. */
  instrumentScores(instrument: 'who5' | 'cbi', to: IsoWeek): Promise<InstrumentFacts>;
  countCheckIns(from: IsoWeek, to: IsoWeek): Promise<number>;
  countAccomplishments(from: IsoDate, to: IsoDate): Promise<number>;
  lastAccomplishmentOn(to: IsoDate): Promise<IsoDate | null>;
  lastSearchStartedOn(to: IsoDate): Promise<IsoDate | null>;
}

export interface NewPrinciple {
  sectionId: number;
  text: string;
  tags?: string[];
  source?: string | null;
  sourceDate?: IsoDate | null;
}

/** Areas add their own port (app/<area>.ports.ts) and `Store` extends it. */
export interface Store extends OpportunitiesPort, GrowthPort, DocPort {
  /** Runs `fn` in one write transaction (BEGIN IMMEDIATE on SQLite); nested calls join it. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;

  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;

  listJobs(): Promise<Job[]>;
  /** The job open on `asOf` (started on or before it, not ended before it). */
  jobOn(asOf: IsoDate): Promise<Job | null>;
  insertJob(job: JobInput): Promise<Job>;
  endJob(id: number, on: IsoDate): Promise<void>;

  listSections(): Promise<Section[]>;
  insertSection(title: string, position: number, note?: string | null): Promise<Section>;
  listPrinciples(): Promise<Principle[]>;
  getPrinciple(id: number): Promise<Principle | null>;
  insertPrinciple(p: NewPrinciple, createdAt: string): Promise<Principle>;
  updatePrincipleText(id: number, text: string, revision: Omit<Revision, 'id' | 'principleId'>): Promise<void>;
  listRevisions(principleId: number): Promise<Revision[]>;

  listTriggers(): Promise<Trigger[]>;
  insertTrigger(t: { slug: string; text: string; weight: number; principleId: number | null }, createdAt: string): Promise<Trigger>;
  retireTrigger(id: number, at: string): Promise<void>;
  /** Counts a retired trigger again (active, no retirement date); its observations never left. */
  restoreTrigger(id: number): Promise<void>;
  /** Gives a trigger a new slug; observations, questions and red flags follow by id. */
  renameTrigger(id: number, slug: string): Promise<void>;
  /** Gives a trigger the person's own wording and principle (an import matched it to theirs); slug and observations stay. */
  rewordTrigger(id: number, text: string, principleId: number | null): Promise<void>;

  insertObservation(triggerId: number, o: ObservationInput): Promise<Observation>;
  /** Every observation in date order, or only those of one trigger. */
  listObservations(triggerId?: number): Promise<(Observation & { slug: string })[]>;
  /** Per trigger: how many observations and the date of the last one (counted in SQL). */
  triggerTallies(): Promise<{ triggerId: number; count: number; lastOn: IsoDate }[]>;
  /** The distinct notes written on observations, per trigger: the user's own words for each (red-flag matching). */
  observationNotes(): Promise<{ triggerId: number; note: string }[]>;

  getCheckIn(week: IsoWeek): Promise<CheckIn | null>;
  listCheckIns(limit?: number): Promise<CheckIn[]>;
  /** Inserts, or replaces the check-in of the same week when `replace`. */
  saveCheckIn(input: CheckInInput, scores: { who5: number | null; cbi: number | null }, at: string, replace: boolean): Promise<CheckIn>;

  insertAccomplishment(a: AccomplishmentInput): Promise<Accomplishment>;
  listAccomplishments(): Promise<Accomplishment[]>;

  listRules(): Promise<Rule[]>;
  insertRule(rule: Rule, position: number): Promise<void>;
  updateRule(rule: Rule): Promise<void>;

  listSearches(): Promise<Search[]>;

  facts: RuleFacts;

  /** Every row, ordered by id, as domain objects (deterministic). */
  dump(): Promise<ExportData>;
  /** Writes every row of `data` into an empty database. */
  load(data: ExportData): Promise<void>;
  /** Deletes every row of every table. */
  clear(): Promise<void>;
  /** Copies the database to `path` while it stays usable (SQLite online backup). */
  backup(path: string): Promise<void>;
}
