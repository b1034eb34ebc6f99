import type { Row, TableName } from '../../db/api.js';
import { countryName } from '../countryName.js';
import { formatDate } from '../formatDate.js';
import { t } from '../messages.js';
import { NAME_FIELD } from './recordNames.js';

/** The fields `recordTitle` reads, to ask the archive for no more than that. */
export function titleFields(table: TableName): string[] {
  return table === 'meetings' ? ['date', 'city', 'country'] : [NAME_FIELD[table]];
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
  const name = row[NAME_FIELD[table]];
  return name === null || name === undefined || name === '' ? String(row.id ?? '') : String(name);
}
