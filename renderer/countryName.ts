import { LOCALE } from './messages.js';

const names = new Intl.DisplayNames([LOCALE], { type: 'region', fallback: 'code' });

/** A country's name from its ISO 3166 code (`RU` -> `Russia`); unknown codes are shown as written. */
export function countryName(code: string | number | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  const text = String(code);
  if (!/^[A-Za-z]{2}$/.test(text)) return text;
  try {
    return names.of(text.toUpperCase()) ?? text;
  } catch {
    return text;
  }
}
