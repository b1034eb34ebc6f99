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

// The commonest small words of English and of Turkish, and the words in letters that only
// Turkish writes among the reader's languages. An English release may name a Turkish or Crimean
// Tatar person ("Çelebiyeva", "Qırımtatar"), so a Turkish letter alone does not make it Turkish.
const ENGLISH_WORD =
  /(?<![\p{L}'’])(?:the|and|of|to|with|was|were|for|on|will|has|his|her)(?![\p{L}'’])/giu;
const TURKISH_WORD =
  /(?<![\p{L}'’])(?:ve|ile|bir|bu|için|olarak|tarafından|olan|sonra|daha|ayrıca)(?![\p{L}'’])/giu;
const TURKISH_LETTERED = /\p{L}*[ğışİĞŞ]\p{L}*/gu;

/**
 * The language a release is written in: Russian when Cyrillic outweighs Latin, Turkish when its
 * Turkish words outnumber its English ones.
 */
export function releaseLanguage(text: string): ReleaseLanguage {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic > latin) return 'ru';
  const english = text.match(ENGLISH_WORD)?.length ?? 0;
  const turkish =
    (text.match(TURKISH_WORD)?.length ?? 0) + (text.match(TURKISH_LETTERED)?.length ?? 0);
  return turkish > english ? 'tr' : 'en';
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
