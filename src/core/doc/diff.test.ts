import { describe, expect, it } from 'vitest';
import type { Revision } from '../domain.js';
import { revisionDiffs, wordDiff } from './diff.js';

const revision = (id: number, previousText: string): Revision => ({
  id,
  principleId: 1,
  previousText,
  changedAt: `2026-11-0${id}T12:00:00.000Z`,
  reason: null,
});

describe('doc diffs', () => {
  it('wordDiff marks removed and added words', () => {
    expect(wordDiff('Take the vacation days.', 'Take every vacation day.')).toEqual([
      { value: 'Take ', change: 'same' },
      { value: 'the', change: 'removed' },
      { value: 'every', change: 'added' },
      { value: ' vacation ', change: 'same' },
      { value: 'days', change: 'removed' },
      { value: 'day', change: 'added' },
      { value: '.', change: 'same' },
    ]);
  });

  it('revisionDiffs gives each revision the change it made, the last one ending at the current text', () => {
    const diffs = revisionDiffs('v4 text', [revision(1, 'v1 text'), revision(2, 'v2 text'), revision(3, 'v3 text')]);
    expect(diffs.map((d) => [d.before, d.after])).toEqual([
      ['v1 text', 'v2 text'],
      ['v2 text', 'v3 text'],
      ['v3 text', 'v4 text'],
    ]);
    expect(diffs[2]?.diff.filter((p) => p.change !== 'same').map((p) => p.value)).toEqual(['v3', 'v4']);
  });
});
