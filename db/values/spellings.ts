/**
 * A person's spellings as the indexes hold them, so that a search or a "contains" filter typed in
 * any script or romanisation finds them. People write one name many ways: "Данияр Сарсенов",
 * "Daniyar Sarsenov" (BGN/PCGN), "Daniiar" (passports), "Sarsenow", "Shamaliyev" / "Shamaliev",
 * "Smirnoff". Each spelling is reduced to keys made by the press-release matcher (iuliia's
 * published schemes, then a skeleton that forgets what the schemes disagree on), reduced a little
 * further by the forms English and German writers add (w for v, -off, zh for j, ye for e, q and x).
 * The same reduction is applied to what a user types, so an unentered transliteration meets the
 * stored keys without any per-row work at query time.
 */
import { latinKeys } from '../pressRelease/matchPeopleKeys.js';
import { fold } from './fold.js';

// Letters of Kazakh Cyrillic that Russian schemes leave as they are: their nearest Russian letter.
// prettier-ignore
const KAZAKH: Record<string, string> = {
  ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и',
};

/** A Latin skeleton (see matchPeopleKeys.skeleton) with the common English forms folded in. */
function loosen(skeleton: string): string {
  return skeleton
    .replace(/f\b/g, 'v')
    .replace(/w/g, 'v')
    .replace(/zh/g, 'i')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/ie/g, 'e')
    .replace(/(\w)\1+/g, '$1');
}

/** The keys a spelling, or a part of one typed in a filter, is found by. */
export function spellingKeys(text: string): string[] {
  const plain = fold(text).replace(/[әғқңөұүһі]/g, (c) => KAZAKH[c] ?? c);
  return [...new Set(latinKeys(plain).map(loosen).filter(Boolean))];
}

/**
 * What `people.spellings_fold` holds for a name and its other spellings: each folded, then the
 * keys of each, one per line, without repeats.
 */
export function spellingsOf(name: string, aliases: readonly string[]): string {
  const names = [name, ...aliases].filter((n) => n.trim() !== '');
  const lines = [...names.map(fold), ...names.flatMap(spellingKeys)];
  return [...new Set(lines)].join('\n');
}

/** The folded texts a "contains" filter on a person looks for among their spellings. */
export function spellingVariants(value: string): string[] {
  // The value itself even when empty: an empty "contains" matches every person, as on any text.
  return [...new Set([fold(value), ...spellingKeys(value).filter((k) => k !== '')])];
}
