import { audit, computed, country, text } from './fieldSpec.js';
import type { TableSpec } from './fieldSpec.js';

/** A person the secretariat met, with the other spellings of their name. */
export const people = {
  noun: 'person',
  fields: {
    id: audit.id,
    name: text('field.name', { required: true, notNull: true, index: 'people_name' }),
    honorific: text('field.honorific'),
    aliases: text('field.aliases', { list: true }),
    country: country(),
    notes: text('field.notes', { long: true }),
    /** The current position, "Title, Organisation": see db/computedFields.ts. */
    position: computed('text', 'field.position'),
    /** Live meetings the person took part in. */
    meeting_count: computed('number', 'field.meeting_count', { notNull: true }),
    created_at: audit.created_at,
    updated_at: audit.updated_at,
  },
  sets: ['source_ids'],
  columns: ['name', 'honorific', 'position', 'country', 'meeting_count', 'aliases'],
  form: ['name', 'honorific', 'country', 'aliases', 'notes', 'source_ids'],
  sort: [{ field: 'name', dir: 'asc' }],
  liveIndex: 'people_name',
  fts: 'people_fts',
} as const satisfies TableSpec;
