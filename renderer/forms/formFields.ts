import {
  SET_SPECS,
  TABLES,
  TABLE_REGISTRY,
  fieldSpec,
  inputLabelKey,
  type FieldSpec,
  type SetName,
  type TableName,
  type TableSpec,
} from '../../db/api.js';
import { t, type MessageKey } from '../messages.js';

/** How a field is edited. */
export type EditorKind =
  | 'text'
  | 'long'
  | 'date'
  | 'country'
  | 'enum'
  | 'link'
  | 'topics'
  | 'sources'
  | 'aliases'
  | 'participants';

export interface FormField {
  /** The key in the save's `values`. */
  field: string;
  editor: EditorKind;
  /** The label's catalog key: a link is named after the record it points to ("Traveller"). */
  label: MessageKey;
  /** A linked record's table, and the field of the record that holds its name. */
  target?: TableName;
  shown?: string;
  /** The choices of an `enum` field. */
  values?: readonly string[];
}

/** The tables a person edits in a form: those whose registry entry lists a form. */
export type FormTable = {
  [T in TableName]: (typeof TABLE_REGISTRY)[T] extends { form: readonly string[] } ? T : never;
}[TableName];

/** How the registry's entry of a field, or of a set, is edited. */
export function formField(table: TableName, field: string): FormField {
  const label = inputLabelKey(table, field) as MessageKey;
  if (Object.hasOwn(SET_SPECS, field)) {
    return { field, editor: SET_SPECS[field as SetName].editor, label };
  }
  const spec = fieldSpec(table, field);
  if (!spec) throw new Error(`${table} has no field ${field} for its form`);
  if (spec.references) {
    const fields: Readonly<Record<string, FieldSpec>> = TABLE_REGISTRY[table].fields;
    const shown = Object.keys(fields).find((name) => fields[name]!.shows?.via === field);
    return { field, editor: 'link', label, target: spec.references as TableName, shown };
  }
  if (spec.list) return { field, editor: 'aliases', label };
  if (spec.kind === 'enum') return { field, editor: 'enum', label, values: spec.values };
  if (spec.kind === 'date' || spec.kind === 'country') return { field, editor: spec.kind, label };
  return { field, editor: spec.long ? 'long' : 'text', label };
}

/** The fields of each form, in the order a person fills them in. */
export const FORM_FIELDS = Object.fromEntries(
  TABLES.flatMap((table) => {
    const spec: TableSpec = TABLE_REGISTRY[table];
    return spec.form ? [[table, spec.form.map((field) => formField(table, field))]] : [];
  }),
) as unknown as Record<FormTable, readonly FormField[]>;

/** The label of a form field: a link is named after the record it points to ("Traveller"). */
export function formFieldLabel(spec: FormField): string {
  return t(spec.label);
}

/** A form's fields, leaving out those a caller fills in itself (a new meeting's visit). */
export function formFields(table: FormTable, preset: readonly string[] = []): FormField[] {
  return FORM_FIELDS[table].filter((spec) => !preset.includes(spec.field));
}

export function isFormTable(table: TableName): table is FormTable {
  return Object.hasOwn(FORM_FIELDS, table);
}
