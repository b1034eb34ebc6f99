import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mimeType, resolveStaticFile } from '../staticFiles.js';
import { tempDir } from './testIo.js';

let dir: string;
let root: string;

beforeAll(() => {
  dir = tempDir();
  root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('resolveStaticFile', () => {
  test('finds index.html for / and files below the root', () => {
    expect(resolveStaticFile(root, '/')).toBe(fs.realpathSync(path.join(root, 'index.html')));
    expect(resolveStaticFile(root, '/assets/app.css')).toBe(
      fs.realpathSync(path.join(root, 'assets', 'app.css')),
    );
  });

  test('finds nothing outside the root, however the path is written', () => {
    for (const p of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '/..\\secret.txt',
      '/assets/link.txt',
      '/index.html%00.png',
      '/%E0%A4%A',
      '/assets',
      'index.html',
    ]) {
      expect(resolveStaticFile(root, p), p).toBeNull();
    }
  });
});

describe('mimeType', () => {
  test('names the types a built renderer holds', () => {
    expect(mimeType('a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeType('a.woff2')).toBe('font/woff2');
    expect(mimeType('a.svg')).toBe('image/svg+xml');
    expect(mimeType('a.unknown')).toBe('application/octet-stream');
  });
});
