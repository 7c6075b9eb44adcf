import { describe, expect, it } from 'vitest';
import type { Principle, Section } from '../domain.js';
import type { DocSection } from './markdown.js';
import { planImport, similarity } from './merge.js';

const sections: Section[] = [
  { id: 1, title: 'Health', position: 0, note: null },
  { id: 2, title: 'Code', position: 1, note: null },
];
const principle = (id: number, sectionId: number, position: number, text: string, more: Partial<Principle> = {}): Principle => ({
  id,
  sectionId,
  text,
  tags: [],
  source: null,
  sourceDate: null,
  position,
  createdAt: '2026-01-01T00:00:00.000Z',
  reviewedAt: null,
  retiredAt: null,
  ...more,
});
const held = [principle(1, 1, 0, 'Sleep comes first.'), principle(2, 1, 1, 'Take the vacation days. All of them.'), principle(3, 2, 0, 'Less code is better.')];
const p = (text: string, source: string | null = null) => ({ text, source, sourceDate: null, tags: [] });

describe('planImport', () => {
  it('matches the same document completely: nothing to write', () => {
    const doc: DocSection[] = [
      { title: 'health', principles: [p('Sleep comes first.'), p('Take the vacation days. All of them.')] },
      { title: 'Code', principles: [p('Less code is better.')] },
    ];
    const plan = planImport(sections, held, doc);
    expect(plan.sections).toEqual([{ id: 1 }, { id: 2 }]);
    expect(plan.principles).toEqual([
      { action: 'same', id: 1, section: 0, patch: {} },
      { action: 'same', id: 2, section: 0, patch: {} },
      { action: 'same', id: 3, section: 1, patch: {} },
    ]);
    expect(plan.order).toEqual([[{ principle: 0 }, { principle: 1 }], [{ principle: 2 }]]);
    expect(plan.notInFile).toEqual([]);
  });

  it('revises an edited principle, moves one to another section, adds new ones and keeps the rest', () => {
    const doc: DocSection[] = [
      { title: 'Health', principles: [p('Take every vacation day. All of them.', 'my manager')] },
      { title: 'Habits', principles: [p('Less code is better.'), p('Write tests first.')] },
    ];
    const plan = planImport(sections, held, doc);
    expect(plan.sections).toEqual([{ id: 1 }, { id: null, title: 'Habits', position: 2, note: null }]);
    expect(plan.principles).toEqual([
      { action: 'revise', id: 2, section: 0, patch: { source: 'my manager' } },
      { action: 'same', id: 3, section: 1, patch: {} },
      { action: 'insert', section: 1 },
    ]);
    expect(plan.order).toEqual([
      [{ principle: 0 }, { id: 1 }],
      [{ principle: 1 }, { principle: 2 }],
    ]);
    expect(plan.notInFile.map((x) => x.id)).toEqual([1]);
  });

  it('leaves a principle retired in Keel retired, and never revises one from another section', () => {
    const retired = [principle(1, 1, 0, 'Sleep comes first.', { retiredAt: '2026-06-01T00:00:00.000Z' }), principle(3, 2, 0, 'Less code is better.')];
    const plan = planImport(sections, retired, [{ title: 'Health', principles: [p('Sleep comes first.'), p('Less code is better, always.')] }]);
    expect(plan.principles).toEqual([
      { action: 'retired', id: 1, section: 0, patch: {} },
      { action: 'insert', section: 0 },
    ]);
  });
});

describe('similarity', () => {
  it('is the share of words in common', () => {
    expect(similarity('Take the vacation days.', 'take the VACATION days')).toBe(1);
    expect(similarity('a b c d', 'a b x y')).toBeCloseTo(2 / 6);
    expect(similarity('', '')).toBe(1);
  });
});
