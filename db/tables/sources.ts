import { audit, date, text } from './fieldSpec.js';
import type { TableSpec } from './fieldSpec.js';

/** A document behind records: a press release's text, minutes. */
export const sources = {
  noun: 'source',
  fields: {
    id: audit.id,
    title: text('field.title', { required: true, notNull: true }),
    date: date('field.date'),
    kind: text('field.kind'),
    text: text('field.text', { long: true }),
    created_at: audit.created_at,
    updated_at: audit.updated_at,
  },
  sets: [],
  columns: ['title', 'date', 'kind'],
  sort: [{ field: 'date', dir: 'desc' }],
  liveIndex: 'sources_date',
  fts: 'sources_fts',
} as const satisfies TableSpec;
