import type { BrowserWindow } from 'electron';
import type Database from 'better-sqlite3';
import type { OpenedArchive } from '../db/open/openArchiveOrReadOnly.js';
import { readOnlyHandlers } from '../db/readOnlyHandlers.js';
import { createReaderPool } from '../db/readers/readerPool.js';
import { createHandlers } from '../db/service.js';
import { backupFolderDialog } from './backupFolderDialog.js';
import { csvSaveDialog } from './csvSaveDialog.js';
import { registerIpcHost } from './ipcHost.js';

/** The archive the window is speaking to: its connection, reader threads and IPC handlers. */
export interface HostedArchive {
  file: string;
  db: Database.Database;
  readOnly: boolean;
  /** Resolves once the reader threads have had nothing to read for `forMs` (ReaderPool.quiet). */
  readsQuiet: (forMs: number) => Promise<void>;
  /** Stops answering, then closes readers and connection; the write-ahead log is folded back. */
  close: () => void;
}

export interface HostOptions {
  nativeBinding: string | undefined;
  window: () => BrowserWindow | undefined;
}

/** Answers the window's API calls from `opened`, until `close()`. */
export function hostArchive(
  opened: OpenedArchive,
  file: string,
  { nativeBinding, window }: HostOptions,
): HostedArchive {
  const { db } = opened;
  // Lists, counts, the timeline and exports run on reader threads, so that a long count never
  // holds up a save or the window's next request. They load the main connection's addon.
  const readers = createReaderPool({
    file: opened.readFile,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  const handlers = createHandlers(db, file, {
    exportCsv: csvSaveDialog(file, window, readers),
    pickBackupFolder: backupFolderDialog(window),
    readers,
  });
  // Read-only: every change is refused with the reason, which the window shows from the stats.
  const hosted = opened.readOnly ? readOnlyHandlers(handlers, opened.readOnly) : handlers;
  const closeIpc = registerIpcHost(hosted);
  let closed = false;
  return {
    file,
    db,
    readOnly: opened.readOnly !== null,
    readsQuiet: (forMs) => readers.quiet(forMs),
    close() {
      if (closed) return;
      closed = true;
      closeIpc();
      // The readers' connections are closed before close() returns: the one that writes closes
      // last, and SQLite folds the write-ahead log back into the archive.
      void readers.close();
      if (!opened.readOnly) {
        try {
          db.pragma('wal_checkpoint(TRUNCATE)');
        } catch {
          // Another program reading the archive can hold the log; closing still folds what it can.
        }
      }
      db.close();
    },
  };
}
