/**
 * The field registry: one entry per table (one file each), one entry per field. Every other list
 * about tables and fields is derived from here; adding a field is one entry plus its migration.
 */
import { events } from './events.js';
import type { FieldSpec, SetName, TableSpec } from './fieldSpec.js';
import { meetings } from './meetings.js';
import { organisations } from './organisations.js';
import { people } from './people.js';
import { positions } from './positions.js';
import { sources } from './sources.js';
import { topics } from './topics.js';
import { visits } from './visits.js';

export {
  FIELD_KINDS,
  type FieldInfo,
  type FieldKind,
  type FieldSpec,
  type SetName,
} from './fieldSpec.js';
export type { TableSpec } from './fieldSpec.js';
export { VISIT_STATUSES } from './visits.js';
export { EVENT_STATUSES } from './events.js';

/** Tables a query or a record can name. */
export const TABLES = [
  'visits',
  'meetings',
  'people',
  'organisations',
  'positions',
  'events',
  'topics',
  'sources',
] as const;
export type TableName = (typeof TABLES)[number];

export const TABLE_REGISTRY = {
  visits,
  meetings,
  people,
  organisations,
  positions,
  events,
  topics,
  sources,
} as const satisfies Record<TableName, TableSpec>;

/** How each set is labelled and edited (the form's editor for it), wherever a table has it. */
export const SET_SPECS = {
  participants: { label: 'panel.participants', editor: 'participants' },
  topic_ids: { label: 'panel.topics', editor: 'topics' },
  source_ids: { label: 'forms.sources', editor: 'sources' },
} as const satisfies Record<SetName, { label: string; editor: string }>;

/** A field's entry, or undefined when the table has no field of that name. */
export function fieldSpec(table: TableName, field: string): FieldSpec | undefined {
  const fields: Readonly<Record<string, FieldSpec>> = TABLE_REGISTRY[table].fields;
  return Object.hasOwn(fields, field) ? fields[field] : undefined;
}

/**
 * The catalog key a form, and every message about a value a save gives, names a field by: an id
 * field by the record it names ("Traveller", not "Traveller id"), a set by its own label.
 */
export function inputLabelKey(table: TableName, field: string): string | undefined {
  if (Object.hasOwn(SET_SPECS, field)) return SET_SPECS[field as SetName].label;
  const fields: Readonly<Record<string, FieldSpec>> = TABLE_REGISTRY[table].fields;
  const display = Object.values(fields).find((spec) => spec.shows?.via === field);
  return (display ?? fieldSpec(table, field))?.label;
}
