/** Table row types (snake_case, as stored). Services turn them into domain types; rows never leave `store/`. */
import type { Generated, Kysely, Transaction } from 'kysely';
import type { OpportunityTables } from './opportunities.schema.js';

/** A connection or a transaction: repositories work on either. */
export type Db = Kysely<Database> | Transaction<Database>;

export interface Database extends OpportunityTables {
  settings: SettingRow;
  jobs: JobRow;
  sections: SectionRow;
  principles: PrincipleRow;
  revisions: RevisionRow;
  triggers: TriggerRow;
  observations: ObservationRow;
  check_ins: CheckInRow;
  accomplishments: AccomplishmentRow;
  rules: RuleRow;
  searches: SearchRow;
  keel_migrations: MigrationRow;
}

export interface MigrationRow {
  name: string;
  applied_at: string;
}
export interface SettingRow {
  key: string;
  value: string;
}
export interface JobRow {
  id: Generated<number>;
  employer: string;
  title: string;
  track: string;
  level: string | null;
  started_on: string;
  ended_on: string | null;
}
export interface SectionRow {
  id: Generated<number>;
  title: string;
  position: number;
  note: string | null;
}
export interface PrincipleRow {
  id: Generated<number>;
  section_id: number;
  text: string;
  /** JSON array of strings. */
  tags: string;
  source: string | null;
  source_date: string | null;
  position: number;
  created_at: string;
  reviewed_at: string | null;
  retired_at: string | null;
}
export interface RevisionRow {
  id: Generated<number>;
  principle_id: number;
  previous_text: string;
  changed_at: string;
  reason: string | null;
}
export interface TriggerRow {
  id: Generated<number>;
  slug: string;
  text: string;
  weight: number;
  /** 1 or 0: booleans are integers on both engines. */
  active: number;
  principle_id: number | null;
  created_at: string;
  retired_at: string | null;
}
export interface ObservationRow {
  id: Generated<number>;
  trigger_id: number;
  observed_on: string;
  /** ISO week of `observed_on`, stored so that weeks are counted in SQL on every engine. */
  week: string;
  severity: number;
  note: string | null;
}
export interface CheckInRow {
  id: Generated<number>;
  week: string;
  hours: number;
  quality: number;
  satisfaction: number;
  energy: number;
  growth: number;
  respected: number;
  note: string | null;
  /** JSON array of five answers, or null. */
  who5: string | null;
  /** WHO-5 percentage 0–100, kept beside the answers so SQL can read it. */
  who5_score: number | null;
  /** JSON array of seven answers (null = skipped), or null. */
  cbi: string | null;
  cbi_score: number | null;
  created_at: string;
  updated_at: string;
}
export interface AccomplishmentRow {
  id: Generated<number>;
  achieved_on: string;
  text: string;
  impact: string | null;
  kind: string;
  /** JSON array of names. */
  people: string;
}
export interface RuleRow {
  name: string;
  kind: string;
  /** JSON object, validated against the kind's schema on read and write. */
  params: string;
  enabled: number;
  principle_id: number | null;
  belief: string;
  position: number;
}
export interface SearchRow {
  id: Generated<number>;
  kind: string;
  started_on: string;
  ended_on: string | null;
  note: string | null;
}
