import { describe, expect, test } from 'vitest';
import { initialisedArchive, run } from './testIo.js';

const archive = initialisedArchive();

describe('a count option given a negative number', () => {
  test('is answered with what the option takes, not that it needs a value', async () => {
    for (const option of ['--limit', '--offset']) {
      const result = await run(['list', 'topics', '--db', archive.db, option, '-5']);
      expect(result.code).toBe(2);
      expect(result.err).toBe(`${option} takes a whole number, 0 or more, such as 100, not "-5".`);
    }
  });
});
