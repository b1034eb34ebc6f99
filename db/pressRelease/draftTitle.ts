/**
 * The title the reader gives a visit whose release has no heading. It is data the archive keeps,
 * so it is written in the release's language, not the window's: "Working visit: Astana",
 * "Рабочий визит: Москва", "Çalışma ziyareti: Ankara". The cities follow a colon, so none needs
 * declining; a Russian city the sentence declined ("посетил Москву") is put back in its
 * dictionary form.
 */
import { tIn } from '../../i18n/messages.js';
import { RUSSIAN, russianForms } from './worldCities.js';

/** The languages the reader reads. */
export type ReleaseLanguage = 'en' | 'ru' | 'tr';

/** Turkish has no catalog of the interface: its two wordings are kept here. */
const TURKISH = { bare: 'Çalışma ziyareti', places: 'Çalışma ziyareti: ' } as const;

// Letters only Turkish among the reader's languages writes, and its commonest visit words.
const TURKISH_MARK = /[ğışİĞŞ]|\b(?:ziyaret|görüş|tarihinde|ile)\b/u;

/** The language a release is written in: Russian when Cyrillic outweighs Latin. */
export function releaseLanguage(text: string): ReleaseLanguage {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic > latin) return 'ru';
  return TURKISH_MARK.test(text) ? 'tr' : 'en';
}

let dictionaryForms: Map<string, string> | undefined;

/** A Russian city in its dictionary form ("Москву" → "Москва"); any other name as it is. */
function dictionaryForm(city: string): string {
  if (!dictionaryForms) {
    dictionaryForms = new Map();
    for (const name of Object.keys(RUSSIAN))
      for (const form of russianForms(name))
        if (!dictionaryForms.has(form)) dictionaryForms.set(form, name);
  }
  return dictionaryForms.get(city) ?? city;
}

/** The visit's title in the release's language, its cities in the order the text names them. */
export function draftTitle(language: ReleaseLanguage, cities: readonly string[]): string {
  const names = [...new Set(cities.map(dictionaryForm))].join(', ');
  if (language === 'tr') return names ? `${TURKISH.places}${names}` : TURKISH.bare;
  return names
    ? tIn(language, 'pressRelease.draftTitle.places', { cities: names })
    : tIn(language, 'pressRelease.draftTitle');
}
