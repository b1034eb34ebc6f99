import type { ApiMethod } from '../db/api.js';

/**
 * The methods the preload exposes, written out rather than taken from `API_METHODS`: importing
 * api.ts would bundle zod into the preload. Typed as a Record so that a method added to or
 * removed from the API fails to compile here until this list follows.
 */
const everyMethod: Record<ApiMethod, true> = {
  listRecords: true,
  countRecords: true,
  getRecord: true,
  saveRecord: true,
  deleteRecords: true,
  restoreRecords: true,
  undo: true,
  redo: true,
  stats: true,
  loadDemo: true,
  timeline: true,
  timelineSummary: true,
  exportCsv: true,
  listBackups: true,
  backUpNow: true,
  restoreBackup: true,
  getBackupFolder: true,
  setBackupFolder: true,
  readPressRelease: true,
  savePressRelease: true,
  validateRecord: true,
  recordHistory: true,
  listViews: true,
  saveView: true,
  deleteView: true,
  getUiState: true,
  putUiState: true,
  mergeRecords: true,
  emptyTrash: true,
  previewCsvImport: true,
  importCsv: true,
};

export const BRIDGE_METHODS = Object.keys(everyMethod) as ApiMethod[];

/** The IPC channel a method travels on, shared by the preload and the main process. */
export function ipcChannel(method: ApiMethod): string {
  return `archive:${method}`;
}
