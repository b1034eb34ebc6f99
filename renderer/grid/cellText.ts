import type { CellValue } from '../../db/api.js';
import { countryName } from '../countryName.js';
import { formatDate } from '../formatDate.js';
import { formatNumber, hasMessage, t } from '../messages.js';

/** How a stored value of a given kind reads in a table cell or a record panel. */
export type CellKind = 'text' | 'date' | 'country' | 'status' | 'number' | 'list';

/** Other spellings are kept as a JSON array of text; show them as one line. */
function listText(value: string): string {
  try {
    const items: unknown = JSON.parse(value);
    if (Array.isArray(items)) return items.map(String).join(', ');
  } catch {
    // Not JSON: shown as written.
  }
  return value;
}

export function cellText(kind: CellKind, value: CellValue | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  switch (kind) {
    case 'date':
      return formatDate(value);
    case 'country':
      return countryName(value);
    case 'number':
      return typeof value === 'number' ? formatNumber(value) : String(value);
    case 'list':
      return listText(String(value));
    case 'status': {
      const key = `status.${String(value)}`;
      return hasMessage(key) ? t(key) : String(value);
    }
    default:
      return String(value);
  }
}
