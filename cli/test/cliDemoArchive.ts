import path from 'node:path';
import { expect } from 'vitest';
import { run, tempDir } from './testIo.js';

/**
 * A demo archive made by `archive demo` (seed 3) in a new folder: the folder, which the caller
 * removes, and the archive's path in it.
 */
export async function makeDemoArchive(visits: number): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const file = path.join(dir, 'demo.db');
  const result = await run(['demo', '--visits', String(visits), '--seed', '3', '--db', file]);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return { dir, file };
}
