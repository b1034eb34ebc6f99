import { audit, date, reference, shown, text } from './fieldSpec.js';
import type { TableSpec } from './fieldSpec.js';

/**
 * A person's title at an organisation over a period. No full-text index: its words are searched
 * in its folded text fields instead.
 */
export const positions = {
  noun: 'position',
  fields: {
    id: audit.id,
    person_id: reference('people', 'field.person_id', { required: true }),
    person: shown('person_id', 'name', 'field.person'),
    organisation_id: reference('organisations', 'field.organisation_id'),
    organisation: shown('organisation_id', 'name', 'field.organisation'),
    title: text('field.title', { required: true, notNull: true }),
    start_date: date('field.start_date'),
    end_date: date('field.end_date'),
    created_at: audit.created_at,
    updated_at: audit.updated_at,
  },
  sets: [],
  columns: ['person', 'organisation', 'title', 'start_date', 'end_date'],
  form: ['person_id', 'title', 'organisation_id', 'start_date', 'end_date'],
  sort: [{ field: 'start_date', dir: 'desc' }],
} as const satisfies TableSpec;
