/** The job-hunting half of the domain (DESIGN.md "Opportunity"): opportunities, their stages, interviews and red flags. */
import type { Severity, Track } from '../domain.js';
import { invalid } from '../errors.js';
import type { IsoDate } from '../iso-week.js';

/** The path of an opportunity; the last four are decisions that close it. */
export const STAGES = ['saved', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'declined', 'rejected', 'withdrawn'] as const;
export type Stage = (typeof STAGES)[number];
export const CLOSED_STAGES: readonly Stage[] = ['accepted', 'declined', 'rejected', 'withdrawn'];

export interface Offer {
  /** Yearly compensation, in `currency` when given. */
  pay: number;
  currency: string | null;
  level: string | null;
  track: Track | null;
  deadline: IsoDate | null;
  note: string | null;
}

export interface Opportunity {
  id: number;
  company: string;
  role: string;
  link: string | null;
  /** The stage of the latest move. */
  stage: Stage;
  /** The date of the latest move. */
  stageOn: IsoDate;
  offer: Offer | null;
}

/** One move of an opportunity to a stage (the first one is when it was added). */
export interface StageMove {
  id: number;
  opportunityId: number;
  stage: Stage;
  movedOn: IsoDate;
  note: string | null;
}

export interface Contact {
  id: number;
  opportunityId: number;
  name: string;
  role: string | null;
  note: string | null;
}

/** A note about an opportunity; with `who` it is an interview note (who said it, their role). */
export interface OpportunityNote {
  id: number;
  opportunityId: number;
  notedOn: IsoDate;
  who: string | null;
  whoRole: string | null;
  text: string;
}

/** `leave`: the seed question; `trigger`: derived from a trigger; `own`: added by the user. */
export type QuestionOrigin = 'leave' | 'trigger' | 'own';

export interface Question {
  id: number;
  /** May hold `{company}`, filled in per opportunity. */
  text: string;
  origin: QuestionOrigin;
  triggerId: number | null;
  createdAt: string;
  retiredAt: string | null;
}

export interface Answer {
  id: number;
  opportunityId: number;
  questionId: number;
  answeredOn: IsoDate;
  who: string | null;
  text: string;
}

/** A note or an answer flagged against one of the user's triggers (exactly one of answerId, noteId). */
export interface RedFlag {
  id: number;
  triggerId: number;
  severity: Severity;
  answerId: number | null;
  noteId: number | null;
}

/** A principle the user marked as relevant to an opportunity: does the opportunity fit it? */
export interface RelevantPrinciple {
  id: number;
  opportunityId: number;
  principleId: number;
  fits: boolean;
  note: string | null;
}

/**
 * Checks a move: forward only (skipping stages is fine), nothing after a decision, and only an offer
 * can be accepted or declined. Rejected and withdrawn close any open opportunity.
 */
export function checkMove(from: Stage, to: Stage): void {
  if (CLOSED_STAGES.includes(from)) throw invalid(`this opportunity is already ${from}`, 'A decision closes an opportunity; add a new one to start over.');
  if (to === from)
    throw invalid(`this opportunity is already at ${to}`, `Move it on, to ${STAGES[STAGES.indexOf(from) + 1]} or later.`, {
      fields: { stage: `is where it is already` },
    });
  if ((to === 'accepted' || to === 'declined') && from !== 'offer') {
    throw invalid(`only an offer can be ${to} (this one is at ${from})`, 'Record the offer first.', {
      see: { place: 'record-offer' },
      fields: { stage: `needs an offer first` },
    });
  }
  if (to === 'rejected' || to === 'withdrawn') return;
  if (STAGES.indexOf(to) < STAGES.indexOf(from)) {
    throw invalid(`cannot move back from ${from} to ${to}`, `Stages go ${STAGES.slice(0, 5).join(' → ')} → a decision.`);
  }
}

/** The stages an opportunity at `from` may move to: exactly what `checkMove` allows, in path order. */
export function nextStages(from: Stage): Stage[] {
  return STAGES.filter((to) => {
    try {
      checkMove(from, to);
      return true;
    } catch {
      return false;
    }
  });
}

/** Yearly pay as people read it: `185,000 EUR`. */
export const formatPay = (pay: number, currency: string | null): string => `${pay.toLocaleString('en-US')}${currency ? ` ${currency}` : ''}`;

/** An offer in one line: `185,000 EUR · Staff · IC · decide by 2026-12-11`. */
export function offerSummary(o: Offer): string {
  const track = o.track === null ? null : o.track === 'ic' ? 'IC' : 'Manager';
  return [formatPay(o.pay, o.currency), o.level, track, o.deadline ? `decide by ${o.deadline}` : null].filter(Boolean).join(' · ');
}
