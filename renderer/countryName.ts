import { currentLanguage } from './messages.js';

const byLanguage = new Map<string, Intl.DisplayNames>();

function names(): Intl.DisplayNames {
  const language = currentLanguage();
  let found = byLanguage.get(language);
  if (!found) {
    found = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    byLanguage.set(language, found);
  }
  return found;
}

/**
 * A country's name from its ISO 3166 code in the interface's language (`RU` -> `Russia`,
 * `Россия`); unknown codes are shown as written.
 */
export function countryName(code: string | number | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  const text = String(code);
  if (!/^[A-Za-z]{2}$/.test(text)) return text;
  try {
    return names().of(text.toUpperCase()) ?? text;
  } catch {
    return text;
  }
}
