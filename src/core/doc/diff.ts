/** A principle's history as word diffs: what each revision changed. */
import { diffWords } from 'diff';
import type { Revision } from '../domain.js';

export interface DiffPart {
  value: string;
  change: 'same' | 'added' | 'removed';
}
export interface RevisionDiff {
  revision: Revision;
  before: string;
  after: string;
  diff: DiffPart[];
}

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({ value: c.value, change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}

/**
 * Each revision (oldest first) as the change it made. A revision keeps the text from before the
 * change, so the text after it is the next revision's previous text, or the current text.
 */
export function revisionDiffs(current: string, revisions: Revision[]): RevisionDiff[] {
  return revisions.map((revision, i) => {
    const after = revisions[i + 1]?.previousText ?? current;
    return { revision, before: revision.previousText, after, diff: wordDiff(revision.previousText, after) };
  });
}
