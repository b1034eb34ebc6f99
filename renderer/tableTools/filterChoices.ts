import countries from 'i18n-iso-countries';
import { countryName } from '../countryName.js';
import { compareText } from '../../i18n/compareText.js';
import { currentLanguage, hasMessage, t } from '../messages.js';
import type { Choice } from './ChoiceFilter.js';

const countryLists = new Map<string, Choice[]>();

/** Every ISO 3166 country, by its name in the app's language, in that language's order. */
export function countryChoices(): Choice[] {
  let list = countryLists.get(currentLanguage());
  if (!list) {
    list = Object.keys(countries.getAlpha2Codes())
      .map((value) => ({ value, label: countryName(value) }))
      .sort((a, b) => compareText(a.label, b.label));
    countryLists.set(currentLanguage(), list);
  }
  return list;
}

/** The values of an enum field (a status), as the tables show them. */
export function enumChoices(values: readonly string[]): Choice[] {
  return values.map((value) => {
    const key = `status.${value}`;
    return { value, label: hasMessage(key) ? t(key) : value };
  });
}
