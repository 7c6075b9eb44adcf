/** The ports for the job hunt (`OpportunitiesPort`) and for growth (`GrowthPort`); `Store` extends both and `store/opportunities.repo.ts` implements them in SQL. */
import type { Direction, Goal } from '../core/direction.js';
import type { Accomplishment, Search } from '../core/domain.js';
import type { IsoDate } from '../core/iso-week.js';
import type {
  Answer,
  Contact,
  Offer,
  Opportunity,
  OpportunityNote,
  Question,
  QuestionOrigin,
  RedFlag,
  RelevantPrinciple,
  StageMove,
} from '../core/opportunities/domain.js';
import type { AnswerInput, ContactInput, MoveInput, NoteInput, SearchInput } from '../core/opportunities/validation.js';

/** A red flag with what was flagged: the answer or note, its date and its opportunity. */
export interface RedFlagDetail extends RedFlag {
  opportunityId: number;
  slug: string;
  source: 'answer' | 'note';
  on: IsoDate;
  text: string;
  who: string | null;
}

/** Searches, opportunities and their stages, contacts, notes, the question bank, answers, red flags, principles marked relevant. */
export interface OpportunitiesPort {
  insertSearch(s: SearchInput): Promise<Search>;
  endSearch(id: number, on: IsoDate): Promise<void>;

  /** Every opportunity with its current stage (its latest move), by id. */
  listOpportunities(): Promise<Opportunity[]>;
  /** One opportunity with its current stage, or null. */
  getOpportunity(id: number): Promise<Opportunity | null>;
  /** Inserts an opportunity with its first move, returning its id. */
  insertOpportunity(o: { company: string; role: string; link: string | null }, first: MoveInput): Promise<number>;
  setOffer(opportunityId: number, offer: Offer): Promise<void>;
  insertStageMove(opportunityId: number, m: MoveInput): Promise<StageMove>;
  listStageMoves(opportunityId: number): Promise<StageMove[]>;
  insertContact(opportunityId: number, c: ContactInput): Promise<Contact>;
  listContacts(opportunityId: number): Promise<Contact[]>;
  insertOpportunityNote(opportunityId: number, n: NoteInput): Promise<OpportunityNote>;
  /** Notes of one opportunity, or every note when no id is given. */
  listOpportunityNotes(opportunityId?: number): Promise<OpportunityNote[]>;
  getOpportunityNote(id: number): Promise<OpportunityNote | null>;

  listQuestions(): Promise<Question[]>;
  insertQuestion(q: { text: string; origin: QuestionOrigin; triggerId: number | null }, createdAt: string): Promise<Question>;
  retireQuestion(id: number, at: string): Promise<void>;
  insertAnswer(opportunityId: number, questionId: number, a: AnswerInput): Promise<Answer>;
  /** Answers of one opportunity, or every answer when no id is given. */
  listAnswers(opportunityId?: number): Promise<Answer[]>;
  getAnswer(id: number): Promise<Answer | null>;

  insertRedFlag(f: Omit<RedFlag, 'id'>): Promise<RedFlag>;
  /** Red flags on the answers and notes of the given opportunities, oldest first. */
  listRedFlags(opportunityIds: number[]): Promise<RedFlagDetail[]>;
  /** Marks a principle as relevant to an opportunity (again: replaces the mark). */
  markRelevantPrinciple(r: Omit<RelevantPrinciple, 'id'>): Promise<RelevantPrinciple>;
  listRelevantPrinciples(opportunityIds: number[]): Promise<RelevantPrinciple[]>;
}

/** Direction, goals with their evidence, and the wins of a period (the brag document, the review). */
export interface GrowthPort {
  /** Every direction set, oldest first; the last is current. */
  listDirections(): Promise<Direction[]>;
  insertDirection(d: Omit<Direction, 'id'>): Promise<Direction>;
  listGoals(): Promise<Goal[]>;
  insertGoal(g: { text: string; setOn: IsoDate }): Promise<Goal>;
  addGoalEvidence(goalId: number, accomplishmentId: number): Promise<void>;

  /** Accomplishments dated within [from, to] (from the start when `from` is null), oldest first. */
  listAccomplishmentsBetween(from: IsoDate | null, to: IsoDate): Promise<Accomplishment[]>;
}
