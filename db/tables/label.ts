/**
 * The text of a label key, as the interface shows it: the archive names fields in its files and
 * messages with the catalog's own words, so there is no second copy of a label to drift.
 */
import { hasMessage, t, tIn } from '../../i18n/messages.js';

/** In the interface's language, or in `language` when one is named. */
export function label(key: string, language?: string): string {
  if (!hasMessage(key)) throw new Error(`The catalog has no label ${key}`);
  return language === undefined ? t(key) : tIn(language, key);
}
