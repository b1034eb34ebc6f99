import type { Database } from 'better-sqlite3';
import type { TableName } from '../api.js';
import { rejection } from './fixtures.js';
import { listRecords } from '../query/query.js';
import { parseQuery } from '../query/compileQuery.js';

/** The input of previewCsvImport and importCsv for a file's text or bytes. */
export function input(
  table: TableName,
  file: string | Buffer,
  mapping?: Record<string, string | null>,
) {
  const bytes = typeof file === 'string' ? Buffer.from(file) : file;
  return { table, file: bytes.toString('base64'), ...(mapping ? { mapping } : {}) };
}

/** The refusal an import ends in. */
export const refused = rejection;

/** The values of one field of a table's live records, sorted. */
export const names = (db: Database, table: TableName, field = 'name') =>
  listRecords(db, parseQuery({ table, columns: [field], sort: [{ field }] })).rows.map(
    (r) => r[field],
  );
