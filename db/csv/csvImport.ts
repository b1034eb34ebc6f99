/**
 * Imports a CSV file into one table: every row is checked as a save would check it, and either
 * all rows are written, in one transaction as one action (one undo takes the import back), after
 * a backup, or none is and every refused row is listed with its line. Ids in the file are not
 * imported: every row becomes a new record (a file exported from this archive and imported into
 * it again makes copies).
 */
import type { Database } from 'better-sqlite3';
import type { CsvImportInput, CsvImportPreview } from '../api.js';
import { backupBefore } from '../backup/backupRotation.js';
import { planCsvImport } from './csvImportPlan.js';
import { ArchiveError } from '../errors.js';
import { RECORD_NOUN } from '../tableSpecs.js';
import { saveTogether, type WriteContext } from '../write/write.js';
import type { MessageRef } from '../../i18n/messages.js';

function fileBytes(input: CsvImportInput): Buffer {
  return Buffer.from(input.file, 'base64');
}

/** What an import of the file would write, and every problem it would meet; writes nothing. */
export function previewCsvImport(db: Database, input: CsvImportInput): CsvImportPreview {
  return planCsvImport(db, input.table, fileBytes(input), input.mapping, input.encoding).preview;
}

export interface CsvImportOptions {
  ctx?: WriteContext;
  /** Skips the backup, for callers that took one (or tests that count writes). */
  backup?: boolean;
}

/**
 * Imports every row of the file as one action, or refuses the whole file (`validation_failed`,
 * one detail per problem, its path `line N: Header`) and writes nothing.
 */
export async function importCsv(
  db: Database,
  input: CsvImportInput,
  options: CsvImportOptions = {},
): Promise<CsvImportPreview> {
  const { preview, rows, order } = planCsvImport(
    db,
    input.table,
    fileBytes(input),
    input.mapping,
    input.encoding,
  );
  if (preview.problemCount > 0) {
    const rows = preview.refusedRows;
    const what: MessageRef =
      rows > 0
        ? {
            key: 'errors.csvImport.rowsRefused',
            params: {
              rows: String(rows),
              total: String(preview.rows),
              noun: RECORD_NOUN[input.table],
            },
          }
        : { key: 'errors.csvImport.columnsRefused' };
    throw new ArchiveError(
      'validation_failed',
      'errors.csvImport.nothingImportedFix',
      { what },
      preview.problems.map((p) => ({
        path: p.field ? `line ${p.line}: ${p.field}` : `line ${p.line}`,
        message: p.message,
        ...(p.key === undefined ? {} : { key: p.key, params: p.params }),
      })),
    );
  }
  if (options.backup !== false) await backupBefore(db, 'import');
  // The write path checks every row again: a record another window deleted during the backup
  // refuses the import, whole.
  saveTogether(
    db,
    (save) => {
      const ids: string[] = [];
      for (const i of order) {
        const row = rows[i]!;
        const values = { ...row.values };
        for (const ref of row.ownRefs) values[ref.field] = ids[ref.row];
        ids[i] = String(save({ table: input.table, values }).record.id);
      }
    },
    options.ctx,
  );
  return { ...preview, written: true };
}
