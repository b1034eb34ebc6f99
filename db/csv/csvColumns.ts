/**
 * Which field each column of a CSV file fills. A header names a field by the label the tables
 * show (as exports write it) or by its field name; the user may choose otherwise (`mapping`).
 * Columns the archive fills itself (ids, times, counts) are left out with a note saying why.
 */
import { LANGUAGES } from '../../i18n/language.js';
import { TABLE_FIELDS, type TableName } from '../api.js';
import { columnLabel, columnLabelRef } from '../columnLabels.js';
import { fieldSql } from '../query/fields.js';
import { fold } from '../values/fold.js';
import { writableColumns } from '../tableSpecs.js';
import { t, type MessageKey, type MessageRef } from '../../i18n/messages.js';

export interface ImportColumn {
  header: string;
  field: string | null;
  note?: string;
}

export interface CsvProblem {
  line: number;
  field: string;
  message: string;
  key?: string;
  params?: Record<string, unknown>;
}

/** A problem of the file at `line`, with its catalog message and its English sentence. */
export function csvProblem(line: number, field: string, said: MessageRef): CsvProblem {
  return { line, field, message: t(said.key, said.params), ...said };
}

/** A display column naming a record of another table, read back as that record's id. */
export interface NamedReference {
  /** The field holding the id: `visit_id` for the display column `visit`. */
  idField: string;
  table: TableName;
}

/** `visit` -> visit_id of visits: joined display fields whose id the import may set. */
export function namedReference(table: TableName, field: string): NamedReference | null {
  const join = fieldSql(table, field)?.join;
  if (!join || !writableColumns(table).includes(join.fk)) return null;
  return { idField: join.fk, table: join.table };
}

/** The fields a column of this table can fill: its writable columns and the names of its links. */
export function importableFields(table: TableName): string[] {
  return Object.keys(TABLE_FIELDS[table]).filter(
    (f) => writableColumns(table).includes(f) || namedReference(table, f) !== null,
  );
}

/** Why a column the archive fills itself is left out: the catalog key of the note. */
const AUDIT_NOTES: Record<string, MessageKey> = {
  id: 'import.note.id',
  created_at: 'import.note.stamped',
  updated_at: 'import.note.stamped',
};

function leftOutNote(table: TableName, field: string): MessageKey | null {
  if (!Object.hasOwn(TABLE_FIELDS[table], field)) return null;
  return AUDIT_NOTES[field] ?? 'import.note.computed';
}

/**
 * The field a header names: a field of the table, by its label in any language the interface
 * speaks (a file exported from an English window imports into a Russian one), or its name.
 */
function namedField(table: TableName, header: string): string | null {
  const wanted = fold(header.trim());
  const fields = Object.keys(TABLE_FIELDS[table]);
  const labelled = (f: string) =>
    LANGUAGES.some((language) => fold(columnLabel(table, f, language)) === wanted);
  return fields.find(labelled) ?? fields.find((f) => fold(f) === wanted) ?? null;
}

export function planColumns(
  table: TableName,
  headers: string[],
  mapping: Record<string, string | null> = {},
): { columns: ImportColumn[]; problems: CsvProblem[] } {
  const importable = importableFields(table);
  const problems: CsvProblem[] = [];
  const problem = (header: string, said: MessageRef) => problems.push(csvProblem(1, header, said));
  const filledBy = new Map<string, string>();
  const columns = headers.map((header): ImportColumn => {
    const chosen = Object.hasOwn(mapping, header);
    const field = chosen ? mapping[header]! : namedField(table, header);
    if (field === null && chosen) return { header, field: null };
    if (field === null) {
      if (header.trim() === '') {
        return { header, field: null, note: 'import.note.noHeading' };
      }
      problem(header, { key: 'problems.csv.unknownColumn', params: { header, table } });
      return { header, field: null };
    }
    if (!importable.includes(field)) {
      const note = leftOutNote(table, field);
      if (note !== null && !chosen) return { header, field: null, note };
      problem(header, {
        key: 'problems.csv.notImportable',
        params: { field: columnLabelRef(table, field), table, header },
      });
      return { header, field: null };
    }
    const before = filledBy.get(field);
    if (before !== undefined) {
      problem(header, {
        key: 'problems.csv.twoColumns',
        params: { before, header, field: columnLabelRef(table, field) },
      });
      return { header, field: null };
    }
    filledBy.set(field, header);
    return { header, field };
  });
  return { columns, problems };
}
