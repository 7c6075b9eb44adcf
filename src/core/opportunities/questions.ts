/** The question bank: the question Keel started from, and one question per leave trigger that surfaces it in an interview. */
import type { Trigger } from '../domain.js';
import type { Question, QuestionOrigin } from './domain.js';

/** The seed of Keel: ask every interviewer. `{company}` is filled in per opportunity. */
export const LEAVE_QUESTION = 'What would make you want to leave {company}?';

/** One open question per starter trigger: asks for a story, not an opinion. */
export const TRIGGER_QUESTIONS: Record<string, string> = {
  values: 'Tell me about a time leadership made a hard call because of the company values, or set them aside.',
  'gamified-kpis': 'How is success measured on this team, and what happens to work that does not move a metric?',
  privacy: 'What does the product collect about the people who use it, and who decides what is off-limits?',
  competition: 'When someone on the team is stuck, what usually happens next?',
  'manager-trust': 'Tell me about the last time you disagreed with your manager. How did it go?',
  inclusion: 'What has changed in the last year in how you hire and support people from underrepresented groups?',
  'psych-safety': 'Tell me about the last time someone made a mistake here — what happened next?',
  'sales-only': 'Who decides what engineering builds next, and how often does a sales deal change the plan?',
  'no-growth': 'Who on this team grew into a bigger role in the last year, and how did that happen?',
  blame: 'Walk me through your last incident review: what came out of it?',
};

/** The question for a trigger: the starter one for its slug, else a generic one quoting its text. */
export function questionForTrigger(t: Pick<Trigger, 'slug' | 'text'>): string {
  return TRIGGER_QUESTIONS[t.slug] ?? `Has this happened here: "${t.text}"? Tell me about the last time it came up.`;
}

export const renderQuestion = (text: string, company: string): string => text.replaceAll('{company}', company);

/** What the bank lacks: the leave question, and one for each active trigger that never had one (retired ones count). */
export function missingQuestions(questions: Question[], triggers: Trigger[]): { text: string; origin: QuestionOrigin; triggerId: number | null }[] {
  const missing: { text: string; origin: QuestionOrigin; triggerId: number | null }[] = [];
  if (!questions.some((q) => q.origin === 'leave')) missing.push({ text: LEAVE_QUESTION, origin: 'leave', triggerId: null });
  const asked = new Set(questions.map((q) => q.triggerId));
  for (const t of triggers) if (t.active && !asked.has(t.id)) missing.push({ text: questionForTrigger(t), origin: 'trigger', triggerId: t.id });
  return missing;
}
