import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { archiveDigest } from './archiveDigest.js';
import { makeDemoArchive } from './cliDemoArchive.js';
import { run } from './testIo.js';

let dir: string;
/** A small demo archive, for the refusals that need records. */
let demo: string;

beforeAll(async () => {
  ({ dir, file: demo } = await makeDemoArchive(10));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function digestOf(file: string): string {
  const db = openArchive(file, { readonly: true });
  try {
    return archiveDigest(db);
  } finally {
    db.close();
  }
}

describe('archive (top level)', () => {
  test('prints help and the version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: archive <command>/);
    expect(help.out).toMatch(/serve/);
    const listHelp = await run(['help', 'list']);
    expect(listHelp.out).toMatch(/--where field:op:value/);
    expect((await run(['list', '--help'])).out).toBe(listHelp.out);
    const version = await run(['--version']);
    expect(version).toEqual({ code: 0, out: '0.1.0', err: '' });
  });

  test('refuses an unknown command or flag with exit code 2, naming what is allowed', async () => {
    const command = await run(['lst']);
    expect(command.code).toBe(2);
    expect(command.err).toMatch(/no command "lst".*init, demo, list/);
    const flag = await run(['stats', '--verbose', '--db', demo]);
    expect(flag.code).toBe(2);
    expect(flag.err).toMatch(/archive stats has no option '?--verbose'?.*--db <value>, --json/);
    const missingValue = await run(['list', 'visits', '--db']);
    expect(missingValue.code).toBe(2);
    expect(missingValue.err).toMatch(/--db.*needs a value/);
    expect((await run([])).code).toBe(2);
  });
});

describe('archive init', () => {
  test('creates an empty archive, and refuses to overwrite a file', async () => {
    const file = path.join(dir, 'new.db');
    const created = await run(['init', '--db', file]);
    expect(created).toMatchObject({ code: 0, err: '' });
    expect(created.out).toContain(file);
    const stats = await run(['stats', '--json', '--db', file]);
    expect(JSON.parse(stats.out)).toMatchObject({ path: file, counts: { visits: 0 } });
    const again = await run(['init', '--db', file]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already a file/);
  });

  test('creates the archive ARCHIVE_DB names, in a folder that exists and no other', async () => {
    const file = path.join(dir, 'from-env.db');
    const result = await run(['init'], { ARCHIVE_DB: file });
    expect(result.code).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
    const typo = path.join(dir, 'env-typo', 'archive.db');
    expect((await run(['init'], { ARCHIVE_DB: typo })).code).toBe(1);
    expect(fs.existsSync(path.dirname(typo))).toBe(false);
  });

  test('refuses a path whose folder does not exist, creating nothing', async () => {
    const file = path.join(dir, 'no-such-folder', 'a.db');
    const result = await run(['init', '--db', file]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/folder .* does not exist/);
    expect(fs.existsSync(path.dirname(file))).toBe(false);
  });
});

describe('a missing archive at an explicit path', () => {
  test.each([
    ['list', 'visits'],
    ['stats'],
    ['check'],
    ['backup', '--out', 'x.db'],
    ['serve', '--no-open'],
  ])('is refused by %s and not created', async (...args) => {
    const file = path.join(dir, `missing-${args[0]}.db`);
    const result = await run([...args, '--db', file], {}, { signal: AbortSignal.abort() });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/There is no archive at|not built/);
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('a missing archive named by ARCHIVE_DB', () => {
  test.each([['list', 'visits'], ['stats'], ['check'], ['serve', '--no-open']])(
    'is refused by %s, naming the path, and neither it nor its folder is created',
    async (...args) => {
      const folder = path.join(dir, `typo-${args[0]}`);
      const file = path.join(folder, 'archive.db');
      const result = await run(args, { ARCHIVE_DB: file }, { signal: AbortSignal.abort() });
      expect(result.code).toBe(1);
      expect(result.err).toContain(`There is no archive at ${file} (named by ARCHIVE_DB)`);
      expect(fs.existsSync(folder)).toBe(false);
    },
  );
});

describe('archive demo', () => {
  test('refuses an archive that holds records, changing nothing', async () => {
    const before = digestOf(demo);
    const result = await run(['demo', '--visits', '5', '--db', demo]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/already holds/);
    expect(digestOf(demo)).toBe(before);
  });

  test('refuses a bad count before creating a file', async () => {
    const file = path.join(dir, 'bad-demo.db');
    expect((await run(['demo', '--visits', 'ten', '--db', file])).code).toBe(2);
    const zero = await run(['demo', '--visits', '0', '--db', file]);
    expect(zero.code).toBe(1);
    expect(zero.err).toMatch(/--visits/);
    expect(fs.existsSync(file)).toBe(false);
  });
});
