import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { writeLaunchPage } from '../launchPage.js';

const saved = { LC_ALL: process.env.LC_ALL, LANG: process.env.LANG };

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function pageFor(locale: string): string {
  process.env.LC_ALL = locale;
  const page = writeLaunchPage('http://127.0.0.1:1/#token');
  try {
    return fs.readFileSync(fileURLToPath(page.url), 'utf8');
  } finally {
    page.remove();
  }
}

describe('the page web mode opens the browser with', () => {
  test('speaks the system language the app starts in, English for any other', () => {
    expect(pageFor('ru_RU.UTF-8')).toContain('<html lang="ru">');
    expect(pageFor('ru_RU.UTF-8')).toContain('Открыть Архив Секретариата</a>');
    expect(pageFor('de_DE.UTF-8')).toContain('Open Secretariat Archive</a>');
  });
});
