/**
 * The API over an archive open for reading only: every method that would change the archive is
 * refused with the reason, before it touches anything, and the stats carry the reason so that the
 * window can say so from the start.
 */
import type { ApiMethod, ReadOnlyState } from './api.js';
import { reasonOf } from './readOnlyReasons.js';
import { ArchiveError } from './errors.js';
import type { Handlers } from './service.js';

/** Whether each method changes the archive: a method added to the API must be placed here. */
export const CHANGES_ARCHIVE = {
  listRecords: false,
  countRecords: false,
  getRecord: false,
  saveRecord: true,
  deleteRecords: true,
  restoreRecords: true,
  undo: true,
  redo: true,
  stats: false,
  loadDemo: true,
  timeline: false,
  timelineSummary: false,
  exportCsv: false,
  listBackups: false,
  // A backup reads the archive and writes beside it: it works where the folder can be written.
  backUpNow: false,
  restoreBackup: true,
  // Kept on the workstation, not in the archive: another folder is how a read-only archive's
  // backups find a place.
  getBackupFolder: false,
  setBackupFolder: false,
  readPressRelease: false,
  savePressRelease: true,
  validateRecord: false,
  recordHistory: false,
  listViews: false,
  saveView: true,
  deleteView: true,
  getUiState: false,
  putUiState: false,
  mergeRecords: true,
  emptyTrash: true,
  previewCsvImport: false,
  importCsv: true,
} as const satisfies Record<ApiMethod, boolean>;

export function readOnlyHandlers(handlers: Handlers, state: ReadOnlyState): Handlers {
  const refuse = () => {
    throw new ArchiveError('refused', 'errors.readOnlyHandlers.nothingChangedArchive', {
      reason: reasonOf(state),
    });
  };
  const wrapped: Record<string, unknown> = { ...handlers };
  for (const method of Object.keys(CHANGES_ARCHIVE) as ApiMethod[]) {
    if (CHANGES_ARCHIVE[method]) wrapped[method] = refuse;
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
