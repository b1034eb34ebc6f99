import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { FOREIGN_CLIENTS, runForeignChaos } from '../foreignChaos.js';

const absent = FOREIGN_CLIENTS.filter(
  (program) => spawnSync(program, ['--version'], { stdio: 'ignore' }).status !== 0,
);
if (absent.length > 0) {
  console.warn(
    `SKIPPED: foreign SQLite clients test — ${absent.join(' and ')} not installed (on Debian: apt-get install sqlite3 python3).`,
  );
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(absent.length > 0)('web mode, the CLI and other SQLite programs at once', () => {
  // A few rounds here; `npm run test:chaos` runs thirty.
  test('every acknowledged write is kept, no request fails, and the archive checks sound', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-chaos-'));
    dirs.push(dir);
    const result = await runForeignChaos({ rounds: 3, seconds: 90, dir });
    expect(result.rounds).toBeGreaterThan(0);
    expect(result.acknowledged.web).toBeGreaterThan(0);
    expect(result.acknowledged.foreign).toBeGreaterThan(0);
    expect(result.acknowledged.cli).toBeGreaterThan(0);
    expect(result.failures).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.checkProblems).toEqual([]);
  }, 180_000);
});
