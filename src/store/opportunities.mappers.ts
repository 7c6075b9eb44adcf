/** Row ↔ domain conversions for the job-hunting and direction tables (hunt.repo.ts and transfer.ts read them). */
import type { Archetype, Breadth, CareerTrack, Direction } from '../core/direction.js';
import type { Severity, Track } from '../core/domain.js';
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
  Stage,
  StageMove,
} from '../core/opportunities/domain.js';
import type { Row } from './columns.js';
import type {
  AnswerRow,
  ContactRow,
  DirectionRow,
  OpportunityNoteRow,
  OpportunityRow,
  QuestionRow,
  RedFlagRow,
  RelevantPrincipleRow,
  StageMoveRow,
} from './opportunities.schema.js';

export const toOffer = (r: Row<OpportunityRow>): Offer | null =>
  r.offer_pay === null
    ? null
    : {
        pay: Number(r.offer_pay),
        currency: r.offer_currency,
        level: r.offer_level,
        track: r.offer_track as Track | null,
        deadline: r.offer_deadline,
        note: r.offer_note,
      };

export const offerColumns = (o: Offer | null) => ({
  offer_pay: o?.pay ?? null,
  offer_currency: o?.currency ?? null,
  offer_level: o?.level ?? null,
  offer_track: o?.track ?? null,
  offer_deadline: o?.deadline ?? null,
  offer_note: o?.note ?? null,
});

export const toOpportunity = (r: Row<OpportunityRow> & { stage: string | null; stage_on: string | null }): Opportunity => ({
  id: r.id,
  company: r.company,
  role: r.role,
  link: r.link,
  stage: (r.stage ?? 'saved') as Stage,
  stageOn: r.stage_on ?? '',
  offer: toOffer(r),
});

export const toStageMove = (r: Row<StageMoveRow>): StageMove => ({
  id: r.id,
  opportunityId: r.opportunity_id,
  stage: r.stage as Stage,
  movedOn: r.moved_on,
  note: r.note,
});

export const toContact = (r: Row<ContactRow>): Contact => ({ id: r.id, opportunityId: r.opportunity_id, name: r.name, role: r.role, note: r.note });

export const toOpportunityNote = (r: Row<OpportunityNoteRow>): OpportunityNote => ({
  id: r.id,
  opportunityId: r.opportunity_id,
  notedOn: r.noted_on,
  who: r.who,
  whoRole: r.who_role,
  text: r.text,
});

export const toQuestion = (r: Row<QuestionRow>): Question => ({
  id: r.id,
  text: r.text,
  origin: r.origin as QuestionOrigin,
  triggerId: r.trigger_id,
  createdAt: r.created_at,
  retiredAt: r.retired_at,
});

export const toAnswer = (r: Row<AnswerRow>): Answer => ({
  id: r.id,
  opportunityId: r.opportunity_id,
  questionId: r.question_id,
  answeredOn: r.answered_on,
  who: r.who,
  text: r.text,
});

export const toRedFlag = (r: Row<RedFlagRow>): RedFlag => ({
  id: r.id,
  triggerId: r.trigger_id,
  severity: r.severity as Severity,
  answerId: r.answer_id,
  noteId: r.note_id,
});

export const toRelevantPrinciple = (r: Row<RelevantPrincipleRow>): RelevantPrinciple => ({
  id: r.id,
  opportunityId: r.opportunity_id,
  principleId: r.principle_id,
  fits: Number(r.fits) === 1,
  note: r.note,
});

export const toDirection = (r: Row<DirectionRow>): Direction => ({
  id: r.id,
  setOn: r.set_on,
  track: r.track as CareerTrack | null,
  archetype: r.archetype as Archetype | null,
  breadth: r.breadth as Breadth | null,
  note: r.note,
});
