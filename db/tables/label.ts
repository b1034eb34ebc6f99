/**
 * The text of a label key, as the interface shows it: the archive names fields in its files and
 * messages with the catalog's own words, so there is no second copy of a label to drift.
 */
import { hasMessage, t } from '../../i18n/messages.js';

export function label(key: string): string {
  if (!hasMessage(key)) throw new Error(`The catalog has no label ${key}`);
  return t(key);
}
