/**
 * Streams every row a query matches to a CSV file: the columns in the order asked, headed by the
 * labels the tables show, one statement iterated from SQLite so memory stays flat whatever the
 * number of rows.
 *
 * Cells are written by csvCell rather than csv-stringify: `npm run bench -- --only export`
 * (every meeting, ~980,000 rows, on a shared 2-core machine) timed this writer at 1.18x the
 * sqlite3 shell's `-csv` and csv-stringify, writing the same rows without neutralising formulas,
 * at 1.35x; neither met 2 s there, as the shell alone took 15.7 s under that load.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CellValue, ParsedQuery, Query, TableName } from '../api.js';
import { DEFAULT_COLUMNS } from '../api.js';
import { columnLabel } from '../columnLabels.js';
import { compileQuery } from '../query/compileQuery.js';
import { countryDisplayName } from '../values/countryMatch.js';
import { DELIMITERS, csvCell, type DelimiterName } from './csvCell.js';
import { ArchiveError } from '../errors.js';
import { fieldSql } from '../query/fields.js';
import { checkOutputPath } from '../files/outputPath.js';
import { countRecords, wholeQuery } from '../query/query.js';
import { shownChoice, shownDate } from '../values/shownDate.js';
import { LIST_COLUMNS } from '../tableSpecs.js';
import type { MessageKey } from '../../i18n/messages.js';

export interface CsvExportOptions {
  delimiter?: DelimiterName;
  /** A UTF-8 byte order mark, so that Excel reads the file as UTF-8 (on unless false). */
  bom?: boolean;
  /** Dates as stored (`2023-09-19`, the default) or as the tables show them (`19 Sep 2023`). */
  dates?: 'iso' | 'shown';
  /** Countries and statuses as stored (`KZ`, `planned`) or as shown (`Kazakhstan`, `Planned`). */
  labels?: 'codes' | 'shown';
  /** The window's language, of the header row and of values as shown; else the process's. */
  language?: string;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface CsvExportResult {
  file: string;
  rows: number;
}

type Sink = (chunk: string) => void | Promise<void>;
type Convert = (value: CellValue) => CellValue;

const CHUNK = 1 << 16;
const ROWS_BETWEEN_CHECKS = 20_000;

/** The columns an export writes: those asked for, or those the table shows by default. */
export function exportColumns(query: Query): string[] {
  return query.columns ?? [...DEFAULT_COLUMNS[query.table]];
}

/**
 * Refuses, with the sentence listRecords would give, a query an export cannot run: for callers
 * that must answer before the first byte of the file is sent.
 */
export function checkExportQuery(query: ParsedQuery): void {
  compileQuery({ ...query, columns: exportColumns(query), limit: 0, offset: 0 });
}

/** A list column (people's other spellings) is stored as JSON; a file shows one item per line. */
function listText(value: CellValue): CellValue {
  if (typeof value !== 'string') return value;
  try {
    const items: unknown = JSON.parse(value);
    return Array.isArray(items) ? items.map(String).join('\n') || null : value;
  } catch {
    return value;
  }
}

function converter(table: TableName, field: string, options: CsvExportOptions): Convert | null {
  if (LIST_COLUMNS[table]?.includes(field)) return listText;
  const kind = fieldSql(table, field)?.kind;
  const text = (convert: (v: string) => string): Convert => {
    return (v) => (typeof v === 'string' ? convert(v) : v);
  };
  // "As shown" is as the window that asked shows them, in its language.
  const { language } = options;
  if (options.dates === 'shown' && kind === 'date') return text((v) => shownDate(v, language));
  if (options.labels === 'shown' && kind === 'country') {
    return text((v) => countryDisplayName(v, language));
  }
  if (options.labels === 'shown' && kind === 'enum') return text((v) => shownChoice(v, language));
  return null;
}

function cancelled(): ArchiveError {
  return new ArchiveError('refused', 'errors.export.cancelled');
}

/** Writes the CSV of every row the query matches to `write`, and answers how many rows it wrote. */
export async function writeCsv(
  db: Database.Database,
  query: ParsedQuery,
  write: Sink,
  options: CsvExportOptions = {},
): Promise<number> {
  const columns = exportColumns(query);
  const compiled = wholeQuery(db, { ...query, columns, limit: 0, offset: 0 });
  const total = options.onProgress ? countRecords(db, query).count : 0;
  const delimiter = DELIMITERS[options.delimiter ?? 'comma'];
  const convert = columns.map((c) => converter(query.table, c, options));
  // The compiled statement leads with the id when it was not asked for; it is skipped then.
  const at = columns.map((c) => compiled.columns.indexOf(c));
  const header = columns
    .map((c) => csvCell(columnLabel(query.table, c, options.language), delimiter))
    .join(delimiter);
  let chunk = (options.bom === false ? '' : '\uFEFF') + header + '\r\n';
  let rows = 0;
  if (options.signal?.aborted) throw cancelled();
  const stmt = db.prepare(compiled.sql).raw(true);
  for (const raw of stmt.iterate(...compiled.params) as Iterable<CellValue[]>) {
    let line = '';
    for (let i = 0; i < at.length; i++) {
      const value = raw[at[i]!] ?? null;
      const f = convert[i];
      line += (i === 0 ? '' : delimiter) + csvCell(f ? f(value) : value, delimiter);
    }
    chunk += line + '\r\n';
    rows++;
    if (chunk.length > CHUNK) {
      await write(chunk);
      chunk = '';
    }
    if (rows % ROWS_BETWEEN_CHECKS === 0) {
      // A turn of the event loop, so that a cancel (and anything else waiting) gets through.
      await new Promise((resolve) => setImmediate(resolve));
      if (options.signal?.aborted) throw cancelled();
      options.onProgress?.(rows, total);
    }
  }
  await write(chunk);
  options.onProgress?.(rows, total);
  return rows;
}

const IO_PROBLEMS: Record<string, MessageKey> = {
  ENOSPC: 'errors.export.diskFull',
  EACCES: 'errors.export.notWritable',
  EPERM: 'errors.export.notWritable',
  EROFS: 'errors.export.readOnlyDisk',
  ENOENT: 'errors.export.noFolder',
};

function ioError(e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  const key = code ? IO_PROBLEMS[code] : undefined;
  return key ? new ArchiveError('io_error', key) : e;
}

/**
 * Exports to `outFile` through a temporary file beside it, renamed over it when complete: a
 * cancelled or failed export leaves no half-written file and keeps any previous one. No fsync:
 * an export can be made again, and flushing ~100 MB to disk took seconds of the 2 s budget.
 */
export async function exportCsv(
  db: Database.Database,
  query: ParsedQuery,
  outFile: string,
  options: CsvExportOptions = {},
): Promise<CsvExportResult> {
  const file = checkOutputPath(db.name, outFile, 'CSV file');
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${crypto.randomBytes(4).toString('hex')}.part`,
  );
  let handle: fs.promises.FileHandle | null = null;
  const inFlight: Promise<unknown>[] = [];
  try {
    handle = await fs.promises.open(temp, 'wx');
    const out = handle;
    // Writes run on libuv's threads while the next rows are read; a few chunks in flight at
    // most, so memory stays flat when the disk is slower than SQLite.
    // Each write names its position (pwrite), as writes in flight together may land in any order.
    let position = 0;
    const write = async (chunk: string) => {
      const bytes = Buffer.from(chunk);
      inFlight.push(out.write(bytes, 0, bytes.length, position));
      position += bytes.length;
      if (inFlight.length >= 4) await inFlight.shift();
    };
    const rows = await writeCsv(db, query, write, options);
    await Promise.all(inFlight);
    await handle.close();
    handle = null;
    fs.renameSync(temp, file);
    return { file, rows };
  } catch (e) {
    await Promise.allSettled(inFlight);
    await handle?.close();
    fs.rmSync(temp, { force: true });
    throw ioError(e);
  }
}
