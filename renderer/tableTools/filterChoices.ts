import countries from 'i18n-iso-countries';
import { countryName } from '../countryName.js';
import { hasMessage, t } from '../messages.js';
import type { Choice } from './ChoiceFilter.js';

let countryList: Choice[] | null = null;

/** Every ISO 3166 country, by its name in the app's language, in alphabetical order. */
export function countryChoices(): Choice[] {
  countryList ??= Object.keys(countries.getAlpha2Codes())
    .map((value) => ({ value, label: countryName(value) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return countryList;
}

/** The values of an enum field (a status), as the tables show them. */
export function enumChoices(values: readonly string[]): Choice[] {
  return values.map((value) => {
    const key = `status.${value}`;
    return { value, label: hasMessage(key) ? t(key) : value };
  });
}
