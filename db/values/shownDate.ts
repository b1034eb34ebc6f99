import { dateText } from '../../i18n/dateText.js';
import { currentLanguage } from '../../i18n/language.js';
import { hasMessage, tIn } from '../../i18n/messages.js';

/**
 * A stored date as the tables show it in `language` (the process's own when left out), keeping
 * its precision: `2021-02-22` -> `22 Feb 2021` (`22 февр. 2021`), `2023-09` -> `Sep 2023`,
 * `2023` -> `2023`; anything else as written.
 */
export function shownDate(value: string, language = currentLanguage()): string {
  return dateText(value, language);
}

/**
 * A status as the tables show it in `language` (`planned` -> `Planned`, `Запланировано`);
 * import reads it back in any language and case.
 */
export function shownChoice(value: string, language = currentLanguage()): string {
  const key = `status.${value}`;
  if (hasMessage(key)) return tIn(language, key);
  return value.charAt(0).toUpperCase() + value.slice(1);
}
