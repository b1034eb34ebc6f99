import { audit, text } from './fieldSpec.js';
import type { TableSpec } from './fieldSpec.js';

/** A subject discussed, linked to meetings and visits. */
export const topics = {
  noun: 'topic',
  fields: {
    id: audit.id,
    name: text('field.name', { required: true, notNull: true, index: 'topics_name' }),
    description: text('field.description', { long: true }),
    created_at: audit.created_at,
    updated_at: audit.updated_at,
  },
  sets: [],
  columns: ['name', 'description'],
  sort: [{ field: 'name', dir: 'asc' }],
  liveIndex: 'topics_name',
  fts: 'topics_fts',
} as const satisfies TableSpec;
