import { countryCodeOf, matchCountries as matchCodes } from '../../db/api.js';
import { countryName } from '../countryName.js';

export interface CountryOption {
  code: string;
  name: string;
}

/** The countries a typed text points to, by the archive's one matcher, named as the app shows them. */
export function matchCountries(text: string, limit = 12): CountryOption[] {
  return matchCodes(text)
    .slice(0, limit)
    .map((code) => ({ code, name: countryName(code) }));
}

/** The code of a country named exactly as typed (in any of its known forms), or of a code. */
export function countryCode(text: string): string | null {
  return countryCodeOf(text);
}
