import type { Row, TableName } from '../../db/api.js';
import { countryName } from '../countryName.js';
import { formatDate } from '../formatDate.js';
import { t } from '../messages.js';

/** The field each table's records are called by; meetings have none and are named below. */
const TITLE_FIELD: Readonly<Record<TableName, string>> = {
  visits: 'title',
  meetings: 'visit',
  people: 'name',
  organisations: 'name',
  positions: 'title',
  events: 'title',
  topics: 'name',
  sources: 'title',
};

/** The fields `recordTitle` reads, to ask the archive for no more than that. */
export function titleFields(table: TableName): string[] {
  return table === 'meetings' ? ['date', 'city', 'country'] : [TITLE_FIELD[table]];
}

/**
 * How a record is called in sentences and lists: a visit by its title, a person by name, a
 * meeting by its day and place (as its panel is headed), anything nameless by its id.
 */
export function recordTitle(table: TableName, row: Row): string {
  if (table === 'meetings') {
    const place = [row.city, countryName(row.country)].filter(Boolean).join(', ');
    return t('meetings.recordTitle', { date: formatDate(row.date) || '?', place: place || '?' });
  }
  const name = row[TITLE_FIELD[table]];
  return name === null || name === undefined || name === '' ? String(row.id ?? '') : String(name);
}
