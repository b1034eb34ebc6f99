/**
 * The API over an archive open for reading only: every method that would change the archive is
 * refused with the reason, before it touches anything, and the stats carry the reason so that the
 * window can say so from the start.
 */
import { methodsWhere, type ReadOnlyState } from './api.js';
import { reasonOf } from './open/readOnlyReasons.js';
import { ArchiveError } from './errors.js';
import type { Handlers } from './service.js';

export function readOnlyHandlers(handlers: Handlers, state: ReadOnlyState): Handlers {
  const refuse = () => {
    throw new ArchiveError('refused', 'errors.readOnlyHandlers.nothingChangedArchive', {
      reason: reasonOf(state),
    });
  };
  const wrapped: Record<string, unknown> = { ...handlers };
  for (const method of methodsWhere((facts) => facts.writes === 'archive')) {
    wrapped[method] = refuse;
  }
  return {
    ...(wrapped as Handlers),
    stats: async (input, context) => ({
      ...(await handlers.stats(input, context)),
      readOnly: state,
    }),
    // What the window remembers between runs (columns, filters) is not stored, and not refused:
    // it is not the archive's content, and a refusal would put an error after every change of view.
    putUiState: (input) => ({ value: input.value }),
  };
}
