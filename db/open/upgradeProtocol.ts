/** The messages between the thread that upgrades an archive and the one that started it. */
import type { ApiError } from '../api.js';
import type { OpenProgress } from './openProgress.js';

export interface UpgradeSetup {
  /** The archive to open (and upgrade), as openArchiveOrReadOnly opens it. */
  file: string;
  /** better-sqlite3's addon for the runtime the thread runs in (Electron's), when not Node's. */
  nativeBinding?: string;
  /** The language the errors are said in: the app's. */
  language: string;
}

/** What the thread posts: progress as it goes, then `done` or the error that stopped it. */
export type UpgradeMessage =
  | { type: 'progress'; progress: OpenProgress }
  | { type: 'done' }
  | { type: 'error'; error: ApiError };
