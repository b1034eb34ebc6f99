import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FakeElectron } from './fakeElectron.js';
import { startMain, stopMain } from './startMain.js';

// A start with ARCHIVE_DB naming a file that is not there (a mistyped path).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
const typo = path.join(dir, 'Documnets', 'archive.db');
let fake: FakeElectron;

beforeAll(async () => {
  fake = await startMain(dir, typo);
});

afterAll(() => stopMain(fake, dir));

describe('a start on an archive the user named that does not exist', () => {
  test('says so, naming the file, and creates neither the archive nor its folder', () => {
    expect(fake.exitCode).toBe(1);
    expect(fake.errors).toHaveLength(1);
    expect(fake.errors[0]).toContain(`No archive at ${typo}`);
    expect(fs.existsSync(path.dirname(typo))).toBe(false);
  });
});
