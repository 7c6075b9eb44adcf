import type { OpportunityDetail } from '../../../app/opportunity-detail.service.js';
import type { Principle, Trigger } from '../../../core/domain.js';
import { fieldValue } from '../../form.js';
import type { FormState } from '../../page.js';

export interface View {
  d: OpportunityDetail;
  triggers: Trigger[];
  principles: Principle[];
}

/**
 * The failed form as the page names it (an answer's by its question's `ref`, whether `leave`, a slug or
 * an id was posted), or undefined when the page renders no such form: its message then goes at the top.
 */
export function placed(d: OpportunityDetail, state: FormState): FormState | undefined {
  const f = state.form;
  if (['move', 'offer', 'contact', 'note', 'principle'].includes(f)) return state;
  if (f.startsWith('answer-')) {
    const ref = f.slice('answer-'.length).toLowerCase();
    const q = d.questions.find((x) => x.ref === ref || x.slug === ref || (ref === 'leave' && x.origin === 'leave'));
    return q ? { ...state, form: `answer-${q.ref}` } : undefined;
  }
  const id = Number(f.replace(/^flag-(answer|note)-/, ''));
  const shown = f.startsWith('flag-answer-') ? d.answers.some((a) => a.id === id) : f.startsWith('flag-note-') && d.notes.some((n) => n.id === id);
  return shown ? state : undefined;
}

export const formFor = (state: FormState | undefined, name: string) => (state?.form === name ? state : undefined);
export const typedIn =
  (s: FormState | undefined) =>
  (k: string, fallback = '') =>
    s ? fieldValue(s.values, k) : fallback;
