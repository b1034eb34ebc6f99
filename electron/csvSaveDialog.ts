import { app, dialog, type BrowserWindow } from 'electron';
import type { CsvExportAnswer } from '../db/api.js';
import { exportCsv } from '../db/csv/csvExport.js';
import { openArchive } from '../db/open/open.js';
import { checkOutputPath } from '../db/files/outputPath.js';
import type { ReaderPool } from '../db/readers/readerPool.js';
import type { ApiInput } from '../db/service.js';
import { nativeBindingFor } from './nativeBinding.js';

/**
 * The desktop's CSV export: the user picks the file in the system's save dialog (the renderer
 * never names a path), and the rows are streamed on a reader thread (or, without one, from a
 * read-only connection of their own), so that the window's own requests keep being answered while
 * a large export runs.
 */
export function csvSaveDialog(
  file: string,
  window: () => BrowserWindow | undefined,
  readers?: ReaderPool,
): (input: ApiInput<'exportCsv'>) => Promise<CsvExportAnswer> {
  return async (input) => {
    const { query, ...options } = input;
    const owner = window();
    const dialogOptions = {
      defaultPath: `${query.table}-${new Date().toISOString().slice(0, 10)}.csv`,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    };
    const chosen = owner
      ? await dialog.showSaveDialog(owner, dialogOptions)
      : await dialog.showSaveDialog(dialogOptions);
    if (chosen.canceled || !chosen.filePath) return { download: null, file: null, rows: null };
    // The reader threads may read a copy of the archive; the file to keep safe is this one.
    checkOutputPath(file, chosen.filePath, 'CSV file');
    if (readers) {
      const written = await readers.exportFile(input, chosen.filePath);
      return { download: null, file: written.file, rows: written.rows };
    }
    const nativeBinding = nativeBindingFor(
      app.getAppPath(),
      app.isPackaged,
      process.versions.electron,
    );
    const db = openArchive(file, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
    try {
      const written = await exportCsv(db, query, chosen.filePath, options);
      return { download: null, file: written.file, rows: written.rows };
    } finally {
      db.close();
    }
  };
}
