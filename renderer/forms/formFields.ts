import { EVENT_STATUSES, VISIT_STATUSES, type TableName } from '../../db/api.js';
import { fieldLabel } from '../grid/textColumn.js';
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
  /** The label's catalog key, when the field's own label (`field.<name>`) does not fit. */
  label?: MessageKey;
  /** A linked record's table, and the field of the record that holds its name. */
  target?: TableName;
  shown?: string;
  /** The choices of an `enum` field. */
  values?: readonly string[];
}

/** The tables a person edits in a form. */
export type FormTable = 'visits' | 'meetings' | 'people' | 'organisations' | 'events' | 'positions';

const text = (field: string): FormField => ({ field, editor: 'text' });
const long = (field: string): FormField => ({ field, editor: 'long' });
const date = (field: string): FormField => ({ field, editor: 'date' });
const country: FormField = { field: 'country', editor: 'country' };
const topics: FormField = { field: 'topic_ids', editor: 'topics', label: 'panel.topics' };
const sources: FormField = { field: 'source_ids', editor: 'sources', label: 'forms.sources' };
const link = (field: string, target: TableName, shown: string, label?: MessageKey): FormField => ({
  field,
  editor: 'link',
  target,
  shown,
  ...(label ? { label } : {}),
});
const aliases: FormField = { field: 'aliases', editor: 'aliases' };

/** The fields of each form, in the order a person fills them in. */
export const FORM_FIELDS: Record<FormTable, readonly FormField[]> = {
  visits: [
    text('title'),
    link('traveller_id', 'people', 'traveller'),
    text('city'),
    country,
    date('start_date'),
    date('end_date'),
    { field: 'status', editor: 'enum', values: VISIT_STATUSES },
    long('purpose'),
    topics,
    long('summary'),
    sources,
  ],
  meetings: [
    link('visit_id', 'visits', 'visit'),
    date('date'),
    text('city'),
    country,
    text('venue'),
    text('format'),
    { field: 'participants', editor: 'participants', label: 'panel.participants' },
    topics,
    text('atmosphere'),
    long('summary'),
    long('outcomes'),
    sources,
  ],
  people: [text('name'), text('honorific'), country, aliases, long('notes'), sources],
  organisations: [
    text('name'),
    text('acronym'),
    text('kind'),
    country,
    link('parent_id', 'organisations', 'parent'),
    aliases,
    sources,
  ],
  events: [
    text('title'),
    date('start_date'),
    date('end_date'),
    text('city'),
    country,
    link('organiser_id', 'organisations', 'organiser'),
    { field: 'status', editor: 'enum', values: EVENT_STATUSES },
    long('summary'),
    sources,
  ],
  positions: [
    link('person_id', 'people', 'person', 'forms.person'),
    text('title'),
    link('organisation_id', 'organisations', 'organisation', 'forms.organisation'),
    date('start_date'),
    date('end_date'),
  ],
};

/** The label of a form field: a link is named after the record it points to ("Traveller"). */
export function formFieldLabel(spec: FormField): string {
  if (spec.label) return t(spec.label);
  return fieldLabel(spec.shown ?? spec.field);
}

/** A form's fields, leaving out those a caller fills in itself (a new meeting's visit). */
export function formFields(table: FormTable, preset: readonly string[] = []): FormField[] {
  return FORM_FIELDS[table].filter((spec) => !preset.includes(spec.field));
}

export function isFormTable(table: TableName): table is FormTable {
  return Object.hasOwn(FORM_FIELDS, table);
}
