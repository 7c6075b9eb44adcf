/** Row types of the job-hunting and direction tables (snake_case, as stored); `Database` extends `OpportunityTables`. */
import type { Generated } from 'kysely';

export interface OpportunityTables {
  opportunities: OpportunityRow;
  stage_moves: StageMoveRow;
  contacts: ContactRow;
  opportunity_notes: OpportunityNoteRow;
  questions: QuestionRow;
  answers: AnswerRow;
  red_flags: RedFlagRow;
  relevant_principles: RelevantPrincipleRow;
  directions: DirectionRow;
  goals: GoalRow;
  goal_evidence: GoalEvidenceRow;
}

/** The offer columns are all null until an offer is recorded (`offer_pay` is set with every offer). */
export interface OpportunityRow {
  id: Generated<number>;
  company: string;
  role: string;
  link: string | null;
  offer_pay: number | null;
  offer_currency: string | null;
  offer_level: string | null;
  offer_track: string | null;
  offer_deadline: string | null;
  offer_note: string | null;
}
export interface StageMoveRow {
  id: Generated<number>;
  opportunity_id: number;
  stage: string;
  moved_on: string;
  note: string | null;
}
export interface ContactRow {
  id: Generated<number>;
  opportunity_id: number;
  name: string;
  role: string | null;
  note: string | null;
}
export interface OpportunityNoteRow {
  id: Generated<number>;
  opportunity_id: number;
  noted_on: string;
  who: string | null;
  who_role: string | null;
  text: string;
}
export interface QuestionRow {
  id: Generated<number>;
  text: string;
  origin: string;
  trigger_id: number | null;
  created_at: string;
  retired_at: string | null;
}
export interface AnswerRow {
  id: Generated<number>;
  opportunity_id: number;
  question_id: number;
  answered_on: string;
  who: string | null;
  text: string;
}
export interface RedFlagRow {
  id: Generated<number>;
  trigger_id: number;
  severity: number;
  answer_id: number | null;
  note_id: number | null;
}
export interface RelevantPrincipleRow {
  id: Generated<number>;
  opportunity_id: number;
  principle_id: number;
  /** 1 when the opportunity fits the principle, 0 when it conflicts. */
  fits: number;
  note: string | null;
}
export interface DirectionRow {
  id: Generated<number>;
  set_on: string;
  track: string | null;
  archetype: string | null;
  breadth: string | null;
  note: string | null;
}
export interface GoalRow {
  id: Generated<number>;
  text: string;
  set_on: string;
}
export interface GoalEvidenceRow {
  goal_id: number;
  accomplishment_id: number;
}
