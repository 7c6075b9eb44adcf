import { describe, expect, it } from 'vitest';
import type { Trigger } from '../domain.js';
import { STARTER_TRIGGERS } from '../template.js';
import type { Question } from './domain.js';
import { LEAVE_QUESTION, missingQuestions, questionForTrigger, renderQuestion, TRIGGER_QUESTIONS } from './questions.js';

const trigger = (id: number, slug: string, active = true): Trigger => ({
  id,
  slug,
  text: `text of ${slug}`,
  weight: 1,
  active,
  principleId: null,
  createdAt: '2026-01-01T00:00:00Z',
  retiredAt: null,
});
const question = (id: number, origin: Question['origin'], triggerId: number | null, retired = false): Question => ({
  id,
  text: 'q',
  origin,
  triggerId,
  createdAt: '2026-01-01T00:00:00Z',
  retiredAt: retired ? '2026-02-01T00:00:00Z' : null,
});

describe('question bank', () => {
  it('has one question for every starter trigger', () => {
    expect(Object.keys(TRIGGER_QUESTIONS).sort()).toEqual(STARTER_TRIGGERS.map((t) => t.slug).sort());
    expect(questionForTrigger({ slug: 'psych-safety', text: '' })).toBe('Tell me about the last time someone made a mistake here — what happened next?');
  });
  it('quotes the text of a trigger the user added', () => {
    expect(questionForTrigger({ slug: 'promo', text: 'Promises about promotion keep moving' })).toBe(
      'Has this happened here: "Promises about promotion keep moving"? Tell me about the last time it came up.',
    );
  });
  it('fills in the company', () => {
    expect(renderQuestion(LEAVE_QUESTION, 'Initech')).toBe('What would make you want to leave Initech?');
  });
  it('seeds the leave question and one per active trigger, once', () => {
    const triggers = [trigger(1, 'blame'), trigger(2, 'values'), trigger(3, 'privacy', false)];
    expect(missingQuestions([], triggers).map((q) => [q.origin, q.triggerId])).toEqual([
      ['leave', null],
      ['trigger', 1],
      ['trigger', 2],
    ]);
    // A question the user retired is not seeded again.
    expect(missingQuestions([question(1, 'leave', null), question(2, 'trigger', 1, true)], triggers).map((q) => q.triggerId)).toEqual([2]);
  });
});
