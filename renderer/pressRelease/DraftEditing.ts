import type { Draft, DraftPath } from './draftEdit.js';
import type { DraftProblems } from './draftProblems.js';

/** The draft being reviewed, what is wrong in it, and the ways to change it. */
export interface DraftEditing {
  draft: Draft;
  problems: DraftProblems;
  set: (path: DraftPath, value: unknown) => void;
  change: (edit: (draft: Draft) => Draft) => void;
}
