import { audit, computed, country, date, enumOf, reference, shown, text } from './fieldSpec.js';
import type { TableSpec } from './fieldSpec.js';

export const VISIT_STATUSES = ['planned', 'completed', 'cancelled'] as const;

/** A working visit: who travelled where, when, why, and how it went. */
export const visits = {
  noun: 'visit',
  fields: {
    id: audit.id,
    title: text('field.title', { required: true, notNull: true, index: 'visits_title' }),
    traveller_id: reference('people', 'field.traveller_id'),
    traveller: shown('traveller_id', 'name', 'field.traveller'),
    city: text('field.city', { index: 'visits_city' }),
    country: country(),
    start_date: date('field.start_date'),
    end_date: date('field.end_date'),
    purpose: text('field.purpose', { long: true }),
    summary: text('field.summary', { long: true }),
    status: enumOf(VISIT_STATUSES),
    meeting_count: computed('number', 'field.meeting_count', { notNull: true }),
    created_at: audit.created_at,
    updated_at: audit.updated_at,
  },
  sets: ['topic_ids', 'source_ids'],
  columns: [
    'title',
    'traveller',
    'city',
    'country',
    'start_date',
    'end_date',
    'status',
    'meeting_count',
  ],
  form: [
    'title',
    'traveller_id',
    'city',
    'country',
    'start_date',
    'end_date',
    'status',
    'purpose',
    'topic_ids',
    'summary',
    'source_ids',
  ],
  sort: [{ field: 'start_date', dir: 'desc' }],
  liveIndex: 'visits_start',
  fts: 'visits_fts',
} as const satisfies TableSpec;
