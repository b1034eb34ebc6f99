import { audit, country, date, enumOf, reference, shown, text } from './fieldSpec.js';
import type { TableSpec } from './fieldSpec.js';

export const EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;

/** An event announced or held: a forum, a summit, a council meeting. */
export const events = {
  noun: 'event',
  fields: {
    id: audit.id,
    title: text('field.title', { required: true, notNull: true }),
    start_date: date('field.start_date'),
    end_date: date('field.end_date'),
    city: text('field.city'),
    country: country(),
    organiser_id: reference('organisations', 'field.organiser_id'),
    organiser: shown('organiser_id', 'name', 'field.organiser'),
    status: enumOf(EVENT_STATUSES),
    summary: text('field.summary', { long: true }),
    created_at: audit.created_at,
    updated_at: audit.updated_at,
  },
  sets: ['source_ids'],
  columns: ['title', 'start_date', 'end_date', 'city', 'country', 'organiser', 'status'],
  form: [
    'title',
    'start_date',
    'end_date',
    'city',
    'country',
    'organiser_id',
    'status',
    'summary',
    'source_ids',
  ],
  sort: [{ field: 'start_date', dir: 'desc' }],
  liveIndex: 'events_start',
  fts: 'events_fts',
} as const satisfies TableSpec;
