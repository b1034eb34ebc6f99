import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { APP_SCHEME_PRIVILEGES, rendererResponse } from '../appProtocol.js';
import { CONTENT_SECURITY_POLICY } from '../windowOptions.js';

// A built renderer in a temp folder, beside a secret it must never serve.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-protocol-'));
const renderer = path.join(dir, 'renderer');
const secret = path.join(dir, 'secret.txt');
fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Archive</title>');
fs.writeFileSync(path.join(renderer, 'assets', 'index-1a2b.js'), 'console.log(1);');
fs.writeFileSync(path.join(renderer, 'assets', 'index-1a2b.css'), 'body{}');
fs.writeFileSync(path.join(renderer, 'assets', 'logo.svg'), '<svg/>');
fs.writeFileSync(secret, 'the archive password');
fs.symlinkSync(secret, path.join(renderer, 'assets', 'linked.txt'));
fs.symlinkSync(dir, path.join(renderer, 'up'), 'junction');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function get(url: string, method = 'GET'): Response {
  return rendererResponse(new Request(url, { method }), renderer);
}

describe("the app's scheme", () => {
  test('is registered standard and secure, with fetch, and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  test('serves the built files with their types and the content policy', async () => {
    const page = get('app://archive/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe('<!doctype html><title>Archive</title>');
    const types = {
      'app://archive/assets/index-1a2b.js': 'text/javascript; charset=utf-8',
      'app://archive/assets/index-1a2b.css': 'text/css; charset=utf-8',
      'app://archive/assets/logo.svg': 'image/svg+xml',
      'app://archive/': 'text/html; charset=utf-8',
      'app://archive/index.html#/visits?sort=date': 'text/html; charset=utf-8',
    };
    for (const [url, type] of Object.entries(types)) {
      const response = get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
    }
    expect(await get('app://archive/assets/index-1a2b.js').text()).toBe('console.log(1);');
  });

  test('answers HEAD without a body, and refuses other methods', async () => {
    const head = get('app://archive/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(get('app://archive/index.html', 'POST').status).toBe(405);
  });

  test('refuses with 404 whatever lies outside the built renderer', () => {
    const outside = [
      'app://archive/../secret.txt',
      'app://archive/assets/../../secret.txt',
      'app://archive/%2e%2e/secret.txt',
      'app://archive/..%2fsecret.txt',
      'app://archive/assets%2F..%2F..%2Fsecret.txt',
      'app://archive/%252e%252e/secret.txt',
      'app://archive/..%5csecret.txt',
      `app://archive/${secret}`,
      `app://archive/${encodeURIComponent(secret)}`,
      'app://archive//etc/passwd',
      'app://archive/assets/linked.txt',
      'app://archive/up/secret.txt',
      'app://archive/index.html%00.js',
      'app://archive/assets',
      'app://archive/missing.js',
      'app://other/index.html',
      'app://archive:8080/index.html',
    ];
    for (const url of outside) expect(get(url).status, url).toBe(404);
  });
});
