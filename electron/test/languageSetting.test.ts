import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../i18n/language.js';
import { saveLanguage, savedLanguage, settingsFile, startingLanguage } from '../languageSetting.js';

function profile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  return settingsFile(path.join(dir, 'profile'));
}

const other = LANGUAGES.find((language) => language !== 'en') ?? 'en';

describe('the interface language kept on a workstation', () => {
  test('a first start follows the system, English for a language the app does not speak', () => {
    const file = profile();
    expect(startingLanguage(file, 'de-DE')).toBe('en');
    expect(startingLanguage(file, `${other}-XX`)).toBe(other);
  });

  test('a switch is remembered over the system, in a file only its user can read', () => {
    const file = profile();
    saveLanguage(file, other);
    expect(savedLanguage(file)).toBe(other);
    expect(startingLanguage(file, 'en-US')).toBe(other);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o077).toBe(0);
  });

  test('a settings file that is broken or names another language counts as no choice', () => {
    const file = profile();
    saveLanguage(file, 'en');
    fs.writeFileSync(file, '{"language": "klingon"}');
    expect(startingLanguage(file, `${other}-XX`)).toBe(other);
    fs.writeFileSync(file, '{"langu');
    expect(savedLanguage(file)).toBeUndefined();
  });
});
