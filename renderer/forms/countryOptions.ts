import { countryChoices } from '../components/filterChoices.js';

export interface CountryOption {
  code: string;
  name: string;
}

/** Case and accents do not matter when looking for a country: "cote" finds Côte d’Ivoire. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

let all: CountryOption[] | null = null;

/** Every country the archive accepts (ISO 3166), by its name in the app's language. */
function countryOptions(): CountryOption[] {
  all ??= countryChoices().map(({ value, label }) => ({ code: value, name: label }));
  return all;
}

/**
 * The countries a typed text points to: its code (`KZ`), then names that start with it, then
 * names with a word that starts with it ("Korea" finds "South Korea").
 */
export function matchCountries(text: string, limit = 12): CountryOption[] {
  const typed = folded(text.trim());
  if (typed === '') return countryOptions().slice(0, limit);
  const byCode = countryOptions().filter((c) => c.code.toLowerCase() === typed);
  const starts = countryOptions().filter((c) => folded(c.name).startsWith(typed));
  const words = countryOptions().filter((c) =>
    folded(c.name)
      .split(/[\s,()'’-]+/)
      .some((word) => word.startsWith(typed)),
  );
  return [...new Set([...byCode, ...starts, ...words])].slice(0, limit);
}

/** The code of a country named exactly as typed, or of a code typed as such. */
export function countryCode(text: string): string | null {
  const typed = folded(text.trim());
  const found = countryOptions().find(
    (c) => c.code.toLowerCase() === typed || folded(c.name) === typed,
  );
  return found?.code ?? null;
}
