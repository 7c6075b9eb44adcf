import type { Answer, Contact, Opportunity, OpportunityNote, QuestionOrigin, RelevantPrinciple, StageMove } from '../core/opportunities/domain.js';
import { matcher, type Suggestion } from '../core/opportunities/match.js';
import { missingQuestions, renderQuestion } from '../core/opportunities/questions.js';
import type { Ctx } from './context.js';
import type { RedFlagDetail } from './opportunities.ports.js';
import { findOpportunity, triggerWords } from './opportunities.queries.js';

export interface TriggerFlags {
  triggerId: number;
  slug: string;
  text: string;
  flags: RedFlagDetail[];
}

export interface OpportunityDetail {
  opportunity: Opportunity;
  moves: StageMove[];
  contacts: Contact[];
  /** Unflagged notes and answers carry suggested triggers; flagged ones none. */
  notes: (OpportunityNote & { suggestions: Suggestion[] })[];
  answers: (Answer & { question: string; suggestions: Suggestion[] })[];
  /** Red flags grouped by trigger, the trigger with the most severe flags first. */
  redFlags: TriggerFlags[];
  principles: (RelevantPrinciple & { text: string })[];
  /**
   * The questions to ask here, with the company filled in: the bank's active questions, then any the
   * bank does not hold yet (for a trigger added since it was last brought up to date). `ref` is what
   * `answerQuestion` takes: the id, or `leave` / the trigger's slug for a question not yet in the bank.
   */
  questions: { ref: string; id: number | null; text: string; origin: QuestionOrigin; slug: string | null }[];
}

/** Everything about one opportunity: its stage history, contacts, interview notes, answers and red flags. */
export async function showOpportunity({ store }: Ctx, ref: string): Promise<OpportunityDetail> {
  const o = await findOpportunity(store, ref);
  const [moves, contacts, notes, answers, flags, relevant, questions, triggers, principles, words] = await Promise.all([
    store.listStageMoves(o.id),
    store.listContacts(o.id),
    store.listOpportunityNotes(o.id),
    store.listAnswers(o.id),
    store.listRedFlags([o.id]),
    store.listRelevantPrinciples([o.id]),
    store.listQuestions(),
    store.listTriggers(),
    store.listPrinciples(),
    triggerWords(store),
  ]);
  const flagged = new Set(flags.map((f) => `${f.source}:${f.answerId ?? f.noteId}`));
  const match = matcher(words);
  const suggest = (source: string, id: number, text: string) => (flagged.has(`${source}:${id}`) ? [] : match(text));
  const question = new Map(questions.map((q) => [q.id, renderQuestion(q.text, o.company)]));
  const groups = new Map<number, TriggerFlags>();
  for (const f of flags) {
    const t = triggers.find((x) => x.id === f.triggerId);
    const g = groups.get(f.triggerId) ?? { triggerId: f.triggerId, slug: f.slug, text: t?.text ?? f.slug, flags: [] };
    g.flags.push(f);
    groups.set(f.triggerId, g);
  }
  const weight = (g: TriggerFlags) => g.flags.reduce((n, f) => n + f.severity, 0);
  const text = new Map(principles.map((p) => [p.id, p.text]));
  const slug = new Map(triggers.map((t) => [t.id, t.slug]));
  const slugOf = (triggerId: number | null) => (triggerId === null ? null : (slug.get(triggerId) ?? null));
  const bank = [
    ...questions
      .filter((q) => q.retiredAt === null)
      .map((q) => ({ ref: String(q.id), id: q.id, text: renderQuestion(q.text, o.company), origin: q.origin, slug: slugOf(q.triggerId) })),
    ...missingQuestions(questions, triggers).map((q) => {
      const s = slugOf(q.triggerId);
      return { ref: s ?? 'leave', id: null, text: renderQuestion(q.text, o.company), origin: q.origin, slug: s };
    }),
  ];
  return {
    opportunity: o,
    moves,
    contacts,
    notes: notes.map((n) => ({ ...n, suggestions: suggest('note', n.id, n.text) })),
    answers: answers.map((a) => ({ ...a, question: question.get(a.questionId) ?? '', suggestions: suggest('answer', a.id, a.text) })),
    redFlags: [...groups.values()].sort((a, b) => weight(b) - weight(a) || a.slug.localeCompare(b.slug)),
    principles: relevant.map((r) => ({ ...r, text: text.get(r.principleId) ?? '' })),
    questions: bank,
  };
}
