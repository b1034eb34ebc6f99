import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkSender } from '../checkSender.js';

const index = path.resolve('dist', 'renderer', 'index.html');
const own = pathToFileURL(index).href;

describe('checkSender', () => {
  test("accepts the app's own renderer page, with or without a route", () => {
    expect(checkSender(own, index)).toBeNull();
    expect(checkSender(`${own}#/visits?sort=date`, index)).toBeNull();
    expect(checkSender(`${own}?view=2`, index)).toBeNull();
  });

  test('refuses remote pages, other local files and frames that are gone', () => {
    const foreign = [
      'https://example.org/',
      'http://127.0.0.1:5173/index.html',
      pathToFileURL(path.resolve('dist', 'renderer', 'other.html')).href,
      pathToFileURL(path.resolve('index.html')).href,
      'file://evil.example/' + index.replace(/^\//, ''),
      'about:blank',
      'data:text/html,<p>hi</p>',
      'not a url',
      '',
      undefined,
      null,
    ];
    for (const url of foreign) {
      const refusal = checkSender(url, index);
      expect(refusal?.code, String(url)).toBe('refused');
      expect(refusal?.message).toMatch(/refused/);
    }
  });
});
