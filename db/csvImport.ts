/**
 * Imports a CSV file into one table: every row is checked as a save would check it, and either
 * all rows are written, in one transaction as one action (one undo takes the import back), or
 * none is and every refused row is listed.
 */
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import type { ProblemDetail, SaveInput, TableName } from './api.js';
import { COLUMN_LABELS } from './columnLabels.js';
import { DELIMITERS, unescapeFormula, type DelimiterName } from './csvCell.js';
import { decodeCsv, type CsvEncoding } from './csvDecode.js';
import { ArchiveError } from './errors.js';
import { LIST_COLUMNS, RECORD_NOUN, fieldLabel, writableColumns } from './tableSpecs.js';
import { validateSave } from './validate.js';
import { saveRecords, type WriteContext } from './write.js';

export interface CsvImportOptions {
  /** A header of the file -> the field it fills, or null to leave that column out. */
  mapping?: Record<string, string | null>;
  /** Check every row and report, writing nothing. */
  dryRun?: boolean;
  ctx?: WriteContext;
}

export interface CsvImportResult {
  rows: number;
  encoding: CsvEncoding;
  delimiter: DelimiterName;
  /** Each header of the file and the field it filled, or null when it was left out. */
  columns: { header: string; field: string | null }[];
  written: boolean;
}

/** The delimiter that splits the header line most, outside quotes. */
export function detectDelimiter(text: string): DelimiterName {
  const counts: Record<DelimiterName, number> = { comma: 0, semicolon: 0, tab: 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted) {
      for (const [name, d] of Object.entries(DELIMITERS)) {
        if (ch === d) counts[name as DelimiterName]++;
      }
    }
  }
  const best = (Object.keys(counts) as DelimiterName[]).sort((a, b) => counts[b] - counts[a])[0];
  return best && counts[best] > 0 ? best : 'comma';
}

/** Exports write audit and display columns too; they are the archive's to fill, so skipped. */
const SKIPPED = new Set(['id', 'created_at', 'updated_at']);

function fieldFor(header: string, options: CsvImportOptions): string | null {
  if (options.mapping && Object.hasOwn(options.mapping, header)) return options.mapping[header]!;
  const wanted = header.trim().toLowerCase();
  const byName = Object.keys(COLUMN_LABELS).find(
    (f) => f === wanted || COLUMN_LABELS[f]!.toLowerCase() === wanted,
  );
  return byName ?? header.trim();
}

function mapColumns(table: TableName, headers: string[], options: CsvImportOptions) {
  const writable = writableColumns(table);
  const problems: ProblemDetail[] = [];
  const columns = headers.map((header) => {
    const field = fieldFor(header, options);
    if (field === null || writable.includes(field)) return { header, field };
    if (!SKIPPED.has(field) && !(field in COLUMN_LABELS)) {
      problems.push({
        path: `columns.${header}`,
        message: `The column "${header}" matches no field of ${table}. Rename it to one of: ${writable.map((f) => COLUMN_LABELS[f] ?? f).join(', ')}, or leave it out.`,
      });
    }
    return { header, field: null };
  });
  if (problems.length > 0) {
    throw new ArchiveError(
      'invalid_input',
      'Some columns of the file match no field, so nothing was imported. Rename or remove them and import again.',
      problems,
    );
  }
  return columns;
}

function cellValue(table: TableName, field: string, cell: string): unknown {
  const text = unescapeFormula(cell);
  if (LIST_COLUMNS[table]?.includes(field)) return text === '' ? [] : text.split(/\r?\n/);
  return text === '' ? null : text;
}

function parseRows(text: string, delimiter: DelimiterName): { cells: string[]; line: number }[] {
  try {
    const records = parse(text, {
      delimiter: DELIMITERS[delimiter],
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ cells: r.record, line: r.info.lines }));
  } catch (e) {
    throw new ArchiveError(
      'invalid_input',
      `The file is not a CSV file the archive can read (${e instanceof Error ? e.message : String(e)}), so nothing was imported. Save it again as CSV and retry.`,
    );
  }
}

export function importCsv(
  db: Database,
  table: TableName,
  bytes: Uint8Array,
  options: CsvImportOptions = {},
): CsvImportResult {
  const { text, encoding } = decodeCsv(bytes);
  const delimiter = detectDelimiter(text);
  const [head, ...body] = parseRows(text, delimiter);
  if (!head) {
    throw new ArchiveError('invalid_input', 'The file is empty, so nothing was imported.');
  }
  const columns = mapColumns(table, head.cells, options);
  const problems: ProblemDetail[] = [];
  const inputs: SaveInput[] = body.map(({ cells, line }) => {
    const values: Record<string, unknown> = {};
    columns.forEach(({ field }, i) => {
      if (field !== null) values[field] = cellValue(table, field, cells[i] ?? '');
    });
    const found = validateSave(db, table, crypto.randomUUID(), values, null).problems;
    for (const p of found) {
      const field = p.path.replace(/^values\./, '');
      problems.push({ path: `line ${line}: ${fieldLabel(field)}`, message: p.message });
    }
    return { table, values };
  });
  if (problems.length > 0) {
    const refused = new Set(problems.map((p) => p.path.split(':')[0])).size;
    throw new ArchiveError(
      'validation_failed',
      `${refused} of ${inputs.length} rows cannot be imported as ${RECORD_NOUN[table]} records, so nothing was imported. Fix each row listed and import again.`,
      problems,
    );
  }
  if (!options.dryRun && inputs.length > 0) saveRecords(db, inputs, options.ctx);
  return {
    rows: inputs.length,
    encoding,
    delimiter,
    columns,
    written: !options.dryRun && inputs.length > 0,
  };
}
