/**
 * The interface's language: one value for the whole process, read by `t()` and the formatters,
 * with listeners so a screen redraws when a person switches it. The renderer and Electron's main
 * process each hold their own; the CLI never changes it and so speaks English.
 */
import { CATALOGS, DEFAULT_LANGUAGE } from './catalogs.js';

/** The languages there is a catalog for, the reference first. */
export const LANGUAGES: readonly string[] = [
  DEFAULT_LANGUAGE,
  ...Object.keys(CATALOGS).filter((tag) => tag !== DEFAULT_LANGUAGE),
];

/** True for a language the interface speaks (`en`, `ru`), as stored or sent over the bridge. */
export function isLanguage(value: unknown): value is string {
  return typeof value === 'string' && LANGUAGES.includes(value);
}

/**
 * The first of a person's preferred languages the interface speaks, by its primary subtag
 * (`ru-RU`, `ru` -> `ru`); English when none is.
 */
export function pickLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const primary = tag.split(/[-_]/)[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

let current = DEFAULT_LANGUAGE;
const listeners = new Set<() => void>();

export function currentLanguage(): string {
  return current;
}

/** Switches the language at once; an unknown tag is ignored, so a bad setting cannot blank it. */
export function setLanguage(language: string): void {
  if (!isLanguage(language) || language === current) return;
  current = language;
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` after each switch; the returned function stops it. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
