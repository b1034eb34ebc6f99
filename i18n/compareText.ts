import { currentLanguage } from './language.js';

const collators = new Map<string, Intl.Collator>();

/** Orders two names as the interface's language sorts them (`Intl.Collator`), for lists. */
export function compareText(a: string, b: string): number {
  const language = currentLanguage();
  let collator = collators.get(language);
  if (!collator) collators.set(language, (collator = new Intl.Collator(language)));
  return collator.compare(a, b);
}
