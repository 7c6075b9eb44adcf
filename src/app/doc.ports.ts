import type { PrinciplePatch } from '../core/doc/merge.js';

/** What the living document needs from the store beyond the principle methods every area shares. */
export interface DocPort {
  /** Renames or moves a section, or changes its note. */
  updateSection(id: number, patch: { title?: string; position?: number; note?: string | null }): Promise<void>;
  /** Changes a principle's fields other than its text; text goes through `updatePrincipleText`, which keeps a Revision. */
  updatePrinciple(id: number, patch: PrinciplePatch): Promise<void>;
  /** When the document's content last changed (a principle added, edited or retired); null when it is empty. */
  lastDocumentChange(): Promise<string | null>;
}
