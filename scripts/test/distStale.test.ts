import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILD_OUTPUTS, distIsStale } from '../distStale.mjs';

function touch(root: string, file: string, seconds: number): void {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, '');
  fs.utimesSync(full, seconds, seconds);
}

describe('distIsStale', () => {
  test('asks for a build when an output is missing', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
    touch(root, 'db/open/open.ts', 1_000);
    expect(distIsStale(root)).toBe(true);
    for (const output of BUILD_OUTPUTS.slice(1)) touch(root, output, 2_000);
    expect(distIsStale(root)).toBe(true);
  });

  test('asks for a build only when a built source is newer than the outputs', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
    touch(root, 'db/open/open.ts', 1_000);
    touch(root, 'renderer/visits/VisitsTable.tsx', 1_000);
    for (const output of BUILD_OUTPUTS) touch(root, output, 2_000);
    expect(distIsStale(root)).toBe(false);

    touch(root, 'db/test/open.test.ts', 3_000);
    expect(distIsStale(root)).toBe(false);

    touch(root, 'renderer/visits/VisitsTable.tsx', 3_000);
    expect(distIsStale(root)).toBe(true);
  });
});
