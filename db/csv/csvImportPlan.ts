/**
 * A CSV file read into the saves an import would make, with every problem a save would meet,
 * found without writing anything: the one reading that the preview, the import and the CLI share.
 */
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { CsvEncoding, CsvImportPreview, TableName } from '../api.js';
import { DELIMITERS, unescapeFormula } from './csvCell.js';
import { cellValue, sampleText } from './csvCellValue.js';
import { columnLabelRef } from '../columnLabels.js';
import {
  importableFields,
  namedReference,
  planColumns,
  csvProblem,
  type CsvProblem,
  type NamedReference,
} from './csvColumns.js';
import { decodeCsv } from './csvDecode.js';
import { detectDelimiter } from './csvDelimiter.js';
import { csvRecords } from './csvRecords.js';
import { saveOrder } from './csvSaveOrder.js';
import { ReferenceFinder } from './csvReferences.js';
import { ArchiveError } from '../errors.js';
import { RECORD_NOUN, REQUIRED } from '../tableSpecs.js';
import { validateSave } from '../write/validate.js';

/** One row to save: its values, and the fields to fill with the ids of rows saved before it. */
export interface PlannedRow {
  line: number;
  values: Record<string, unknown>;
  ownRefs: { field: string; row: number }[];
}

export interface CsvImportPlan {
  preview: CsvImportPreview;
  /** The rows in an order that saves every row after the rows of the file it names. */
  rows: PlannedRow[];
  order: number[];
}

const LISTED_PROBLEMS = 1000;
const SAMPLE_ROWS = 10;

export function planCsvImport(
  db: Database,
  table: TableName,
  bytes: Uint8Array,
  mapping?: Record<string, string | null>,
  chosenEncoding?: CsvEncoding,
): CsvImportPlan {
  const { text, encoding } = decodeCsv(bytes, chosenEncoding);
  if (text.includes('\u0000')) {
    throw new ArchiveError('invalid_input', 'errors.csvImportPlan.fileNotCsv');
  }
  const delimiter = detectDelimiter(text);
  const [head, ...body] = csvRecords(text, DELIMITERS[delimiter]);
  if (!head) throw new ArchiveError('invalid_input', 'errors.csvImportPlan.fileEmptyNothing');
  const { columns, problems } = planColumns(table, head.cells, mapping);
  const records = body.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (records.length === 0) {
    problems.push(csvProblem(2, '', { key: 'problems.csv.noRows' }));
  }
  const refused = new Set<number>();
  const problem = (p: CsvProblem) => {
    problems.push(p);
    refused.add(p.line);
  };
  const finder = new ReferenceFinder(db, table);
  const references = new Map<string, NamedReference>();
  for (const { field } of columns) {
    const ref = field === null ? null : namedReference(table, field);
    if (field !== null && ref) references.set(field, ref);
  }
  if (references.size > 0 && [...references.values()].some((r) => r.table === table)) {
    const nameAt = columns.findIndex((c) => c.field === 'name');
    if (nameAt >= 0) records.forEach((r, i) => finder.addOwnRow(r.cells[nameAt] ?? '', i));
  }
  // A required field no column fills is one problem of the header, not one of every row.
  const filled = new Set(
    columns.map((c) => (c.field && references.get(c.field)?.idField) ?? c.field),
  );
  const unfilled = REQUIRED[table].filter((f) => !filled.has(f));
  for (const f of unfilled) {
    problems.push(
      csvProblem(1, '', {
        key: 'problems.csv.unfilled',
        params: { field: columnLabelRef(table, f), noun: RECORD_NOUN[table] },
      }),
    );
  }
  const headerOf = (field: string) =>
    columns.find((c) => c.field === field)?.header ??
    columns.find((c) => c.field !== null && references.get(c.field)?.idField === field)?.header ??
    field;

  // A new record's id matters to the save's checks only as one no stored record has.
  const newId = crypto.randomUUID();
  const rows = records.map(({ cells, line }): PlannedRow => {
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c !== '')) {
      problem(
        csvProblem(line, '', {
          key: 'problems.csv.extraCells',
          params: { cells: String(cells.length), columns: String(columns.length) },
        }),
      );
    }
    const values: Record<string, unknown> = {};
    columns.forEach(({ field }, i) => {
      if (field === null || references.has(field)) return;
      const value = cellValue(table, field, cells[i] ?? '');
      // An empty cell leaves the field out, so that the archive's default applies (a status).
      if (value !== null) values[field] = value;
    });
    const ownRefs: PlannedRow['ownRefs'] = [];
    const unfound = new Set<string>();
    columns.forEach(({ field, header }, i) => {
      const ref = field === null ? undefined : references.get(field);
      const name = unescapeFormula(cells[i] ?? '').trim();
      // An id given beside the name says which record is meant; the name is then not needed.
      if (!ref || name === '' || (values[ref.idField] ?? null) !== null) return;
      const date = typeof values.date === 'string' ? values.date : null;
      const found = finder.find(ref, header, name, date);
      if ('id' in found) values[ref.idField] = found.id;
      else if ('row' in found) ownRefs.push({ field: ref.idField, row: found.row });
      else {
        problem(csvProblem(line, header, found.problem));
        unfound.add(ref.idField);
      }
    });
    const check = validateSave(db, table, newId, values, null);
    for (const p of check.problems) {
      const field = p.path.replace(/^values\./, '').split('.')[0] ?? '';
      // A row of the file that a later row names is saved first; its id is not known yet.
      if (ownRefs.some((r) => r.field === field) || unfilled.includes(field)) continue;
      // A name not found is its row's problem already: "is required" would say it twice.
      if (unfound.has(field)) continue;
      // A meeting whose visit was named but not found has its problem said once, not twice.
      if (field === 'date' && unfound.has('visit_id') && values.date == null) continue;
      problem({ line, field: headerOf(field), message: p.message, key: p.key, params: p.params });
    }
    return { line, values, ownRefs };
  });
  const order = saveOrder(rows, (i, said) => problem(csvProblem(rows[i]!.line, '', said)));
  problems.sort((a, b) => a.line - b.line);
  const preview: CsvImportPreview = {
    encoding,
    delimiter,
    rows: rows.length,
    columns,
    fields: importableFields(table),
    sample: rows
      .slice(0, SAMPLE_ROWS)
      .map(({ values }, i) =>
        Object.fromEntries(
          columns.flatMap(({ field }, c) =>
            field === null
              ? []
              : [
                  [
                    field,
                    references.has(field)
                      ? sampleText(records[i]!.cells[c])
                      : sampleText(values[field]),
                  ],
                ],
          ),
        ),
      ),
    problems: problems.slice(0, LISTED_PROBLEMS),
    problemCount: problems.length,
    refusedRows: [...refused].filter((l) => l > 1).length,
    written: false,
  };
  return { preview, rows, order };
}
