/**
 * Where the renderer's language comes from and goes to. Under Electron the preload hands over
 * the system's language and the one saved in the profile, and saves a switch there; in a
 * browser the page's own storage keeps it and `navigator.languages` is the system's.
 */
import { useSyncExternalStore } from 'react';
import { pickLanguage } from '../../i18n/language.js';
import { currentLanguage, onLanguageChange, setLanguage, t } from '../messages.js';

/** What the preload exposes: the language the desktop app settled on, and a way to keep a switch. */
export interface LanguageBridge {
  language: string;
  save(language: string): void;
}

declare global {
  interface Window {
    archiveLanguage?: LanguageBridge;
  }
}

const STORAGE_KEY = 'archive.language';

function savedInBrowser(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The language to start in: the one chosen on this workstation, else the system's. */
export function startingLanguage(): string {
  const bridge = window.archiveLanguage;
  if (bridge) return pickLanguage([bridge.language]);
  const saved = savedInBrowser();
  return pickLanguage([...(saved ? [saved] : []), ...navigator.languages]);
}

function showLanguage(): void {
  document.documentElement.lang = currentLanguage();
  document.title = t('app.name');
}

/** Sets the language at start and keeps the page's `lang` and title in step with it. */
export function startLanguage(): void {
  setLanguage(startingLanguage());
  showLanguage();
  onLanguageChange(showLanguage);
}

/** Switches at once and remembers the choice on this workstation. */
export function chooseLanguage(language: string): void {
  setLanguage(language);
  const bridge = window.archiveLanguage;
  if (bridge) bridge.save(currentLanguage());
  else {
    try {
      localStorage.setItem(STORAGE_KEY, currentLanguage());
    } catch {
      // A browser that keeps nothing still switches; the next start follows the system again.
    }
  }
}

/** The interface's language, redrawing the component when it is switched. */
export function useLanguage(): string {
  return useSyncExternalStore(onLanguageChange, currentLanguage);
}
