import { audit, computed, country, date, reference, shown, text } from './fieldSpec.js';
import type { TableSpec } from './fieldSpec.js';

/** One meeting, usually inside a visit (or at headquarters). */
export const meetings = {
  noun: 'meeting',
  fields: {
    id: audit.id,
    visit_id: reference('visits', 'field.visit_id'),
    visit: shown('visit_id', 'title', 'field.visit'),
    date: date('field.date'),
    city: text('field.city', { index: 'meetings_city' }),
    country: country(),
    venue: text('field.venue'),
    format: text('field.format'),
    summary: text('field.summary', { long: true }),
    outcomes: text('field.outcomes', { long: true }),
    atmosphere: text('field.atmosphere'),
    /** The counterpart participants' names in participant order, joined with "; ". */
    counterparts: computed('text', 'field.counterparts'),
    /** The meeting's live topics by name, joined with "; ". */
    topics: computed('text', 'field.topics'),
    created_at: audit.created_at,
    updated_at: audit.updated_at,
  },
  sets: ['participants', 'topic_ids', 'source_ids'],
  columns: ['date', 'visit', 'city', 'country', 'counterparts', 'topics'],
  form: [
    'visit_id',
    'date',
    'city',
    'country',
    'venue',
    'format',
    'participants',
    'topic_ids',
    'atmosphere',
    'summary',
    'outcomes',
    'source_ids',
  ],
  sort: [{ field: 'date', dir: 'desc' }],
  liveIndex: 'meetings_date',
  fts: 'meetings_fts',
  words: 'meetings_words',
} as const satisfies TableSpec;
