import fs from 'node:fs';
import path from 'node:path';
import { PRIVATE_FILE, makePrivateFolder } from '../db/files/privateFiles.js';
import { isLanguage, pickLanguage } from '../i18n/language.js';

/** The workstation's settings file, in the app's user-data folder beside the recent list. */
export function settingsFile(userData: string): string {
  return path.join(userData, 'settings.json');
}

function readSettings(file: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    // Missing, cut short or edited by hand: the app starts in the system's language instead.
    return {};
  }
}

/** The language chosen on this workstation, if one was and the app still speaks it. */
export function savedLanguage(file: string): string | undefined {
  const language = readSettings(file).language;
  return isLanguage(language) ? language : undefined;
}

/** The language to start in: the one chosen here, else the system's, else English. */
export function startingLanguage(file: string, systemLocale: string): string {
  const saved = savedLanguage(file);
  return pickLanguage([...(saved ? [saved] : []), systemLocale]);
}

/** Keeps the choice; written beside and renamed over, readable by this user alone. */
export function saveLanguage(file: string, language: string): void {
  if (!isLanguage(language)) return;
  makePrivateFolder(path.dirname(file));
  const temporary = `${file}.${process.pid}.tmp`;
  const settings = { ...readSettings(file), language };
  fs.writeFileSync(temporary, `${JSON.stringify(settings, null, 2)}\n`, { mode: PRIVATE_FILE });
  fs.renameSync(temporary, file);
}
