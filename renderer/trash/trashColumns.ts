import type { Row, TableName } from '../../db/api.js';
import { countryName } from '../countryName.js';
import { formatDate, formatDateRange } from '../formatDate.js';
import { titleFields } from '../records/recordTitle.js';

/** The tables whose trash the Trash section lists, in the order of the sections. */
export const TRASH_TABLES = ['visits', 'meetings', 'people', 'organisations', 'events'] as const;
export type TrashTable = (typeof TRASH_TABLES)[number];

const DETAIL_FIELDS: Readonly<Record<TrashTable, readonly string[]>> = {
  visits: ['start_date', 'end_date', 'city', 'country'],
  meetings: ['visit'],
  people: ['honorific', 'country'],
  organisations: ['acronym', 'country'],
  events: ['start_date', 'end_date', 'country'],
};

/** The fields a trash list asks for: the id, what names a record and tells it apart, when deleted. */
export function trashFields(table: TrashTable): string[] {
  return [...new Set(['id', ...titleFields(table), ...DETAIL_FIELDS[table], 'updated_at'])];
}

/**
 * What tells two trashed records apart beside their names: a visit's dates and place, a
 * meeting's visit, a person's honorific and country.
 */
export function trashDetail(table: TableName, row: Row): string {
  const place = [row.city, countryName(row.country)].filter(Boolean).join(', ');
  switch (table) {
    case 'visits':
    case 'events':
      return [formatDateRange(row.start_date, row.end_date), place].filter(Boolean).join(' · ');
    case 'meetings':
      return String(row.visit ?? '');
    case 'people':
      return [row.honorific, countryName(row.country)].filter(Boolean).join(' · ');
    case 'organisations':
      return [row.acronym, countryName(row.country)].filter(Boolean).join(' · ');
    default:
      return formatDate(row.date);
  }
}
