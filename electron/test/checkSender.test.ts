import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { sentenceOf, setLanguage } from '../../i18n/messages.js';
import { checkSender } from '../checkSender.js';
import { RENDERER_URL } from '../rendererUrl.js';

describe('checkSender', () => {
  test("accepts the app's own renderer page, with or without a route", () => {
    expect(RENDERER_URL).toBe('app://archive/index.html');
    expect(checkSender(RENDERER_URL)).toBeNull();
    expect(checkSender(`${RENDERER_URL}#/visits?sort=date`)).toBeNull();
    expect(checkSender(`${RENDERER_URL}?view=2`)).toBeNull();
  });

  test('refuses the built page from file://, remote pages, other pages and frames that are gone', () => {
    const foreign = [
      pathToFileURL(path.resolve('dist', 'renderer', 'index.html')).href,
      'file:///index.html',
      'app://other/index.html',
      'app://archive:8080/index.html',
      'app://user@archive/index.html',
      'app://archive/',
      'app://archive/other.html',
      'app://archive/assets/index.js',
      'apps://archive/index.html',
      'https://archive/index.html',
      'https://example.org/',
      'http://127.0.0.1:5173/index.html',
      'about:blank',
      'data:text/html,<p>hi</p>',
      'not a url',
      '',
      undefined,
      null,
    ];
    for (const url of foreign) {
      const refusal = checkSender(url);
      expect(refusal?.code, String(url)).toBe('refused');
      expect(refusal?.message).toMatch(/refused/);
    }
  });

  describe('in a Russian window', () => {
    afterEach(() => setLanguage('en'));

    test('the refusal reads in Russian, as the window shows it', () => {
      const refusal = checkSender('https://example.org/')!;
      setLanguage('ru');
      const shown = sentenceOf(JSON.parse(JSON.stringify(refusal)) as typeof refusal);
      expect(shown).toMatch(/^Этот запрос пришёл не из окна архива/);
      expect(shown).not.toMatch(/[A-Za-z]{3,}/);
    });
  });
});
