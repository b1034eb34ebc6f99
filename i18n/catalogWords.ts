import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS } from './catalogs.js';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

/** The literal text of a message, its plural and select choices opened up. */
function literals(elements: Element[], into: string[]): string[] {
  for (const element of elements) {
    if (element.type === 0) into.push(element.value);
    if ('options' in element) {
      for (const option of Object.values(element.options)) literals(option.value, into);
    }
  }
  return into;
}

/** Every Latin word of three letters or more a language's catalog says, lower-cased. */
export function catalogWords(language: string): Set<string> {
  const words = new Set<string>();
  for (const message of Object.values(CATALOGS[language] ?? {})) {
    for (const text of literals(
      new IntlMessageFormat(message, language, undefined, { ignoreTag: true }).getAst(),
      [],
    )) {
      for (const word of text.match(/[A-Za-z]{3,}/g) ?? []) words.add(word.toLowerCase());
    }
  }
  return words;
}

/** Words only the English catalog says: seen in another language's interface, they leaked. */
export function englishOnlyWords(language: string): Set<string> {
  const own = catalogWords(language);
  return new Set([...catalogWords('en')].filter((word) => !own.has(word)));
}
