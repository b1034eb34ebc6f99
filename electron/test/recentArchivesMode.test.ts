import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { recentArchivesFile, rememberArchive } from '../recentArchives.js';

describe('the recent archives list', () => {
  test('is readable by its owner only, in a folder only the owner may open', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
    const list = recentArchivesFile(path.join(dir, 'profile'));
    rememberArchive(list, path.join(dir, 'a.db'));
    expect(fs.statSync(list).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(list)).mode & 0o777).toBe(0o700);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
