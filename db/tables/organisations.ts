import { audit, country, reference, shown, text } from './fieldSpec.js';
import type { TableSpec } from './fieldSpec.js';

/** A ministry, intergovernmental body, think tank, museum…, or a department inside one. */
export const organisations = {
  noun: 'organisation',
  fields: {
    id: audit.id,
    name: text('field.name', { required: true, notNull: true, index: 'organisations_name' }),
    acronym: text('field.acronym'),
    kind: text('field.kind'),
    country: country(),
    parent_id: reference('organisations', 'field.parent_id'),
    parent: shown('parent_id', 'name', 'field.parent'),
    aliases: text('field.aliases', { list: true }),
    created_at: audit.created_at,
    updated_at: audit.updated_at,
  },
  sets: ['source_ids'],
  columns: ['name', 'acronym', 'kind', 'country', 'parent'],
  form: ['name', 'acronym', 'kind', 'country', 'parent_id', 'aliases', 'source_ids'],
  sort: [{ field: 'name', dir: 'asc' }],
  liveIndex: 'organisations_name',
  fts: 'organisations_fts',
} as const satisfies TableSpec;
