import type { Row, TableName } from '../../db/api.js';
import { countryName } from '../countryName.js';
import { formatDateRange } from '../formatDate.js';

/** The field a record is known by in pickers and filter chips. */
export const NAME_FIELD: Readonly<Record<TableName, string>> = {
  visits: 'title',
  meetings: 'visit',
  people: 'name',
  organisations: 'name',
  positions: 'title',
  events: 'title',
  topics: 'name',
  sources: 'title',
};

/** The fields a picker asks for besides the id and the name, to tell two namesakes apart. */
export const HINT_FIELDS: Readonly<Record<TableName, readonly string[]>> = {
  visits: ['start_date', 'end_date', 'country'],
  meetings: ['date', 'country'],
  people: ['position', 'country'],
  organisations: ['acronym', 'country'],
  positions: ['person', 'organisation'],
  events: ['start_date', 'end_date', 'country'],
  topics: [],
  sources: ['date', 'kind'],
};

/** A record's name, or its id when it has none. */
export function recordName(table: TableName, row: Row): string {
  const name = row[NAME_FIELD[table]];
  return name === null || name === undefined || name === '' ? String(row.id ?? '') : String(name);
}

/**
 * The line under a record's name in a picker: where and when for a visit or an event, the
 * country (and acronym) of an organisation, the current position of a person when known.
 */
export function recordHint(table: TableName, row: Row): string {
  const country = countryName(row.country);
  switch (table) {
    case 'people':
      return [row.position, country].filter(Boolean).join(' · ');
    case 'organisations':
      return [row.acronym, country].filter(Boolean).join(' · ');
    case 'visits':
    case 'events':
      return [formatDateRange(row.start_date, row.end_date), country].filter(Boolean).join(' · ');
    case 'meetings':
      return [formatDateRange(row.date, null), country].filter(Boolean).join(' · ');
    default:
      return HINT_FIELDS[table]
        .map((f) => row[f])
        .filter((v) => v !== null && v !== undefined && v !== '')
        .join(' · ');
  }
}
