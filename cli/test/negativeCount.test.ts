import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run, tempDir } from './testIo.js';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = tempDir();
  db = path.join(dir, 'archive.db');
  expect((await run(['init', '--db', db])).code).toBe(0);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a count option given a negative number', () => {
  test('is answered with what the option takes, not that it needs a value', async () => {
    for (const option of ['--limit', '--offset']) {
      const result = await run(['list', 'topics', '--db', db, option, '-5']);
      expect(result.code).toBe(2);
      expect(result.err).toBe(`${option} takes a whole number, 0 or more, such as 100, not "-5".`);
    }
  });
});
