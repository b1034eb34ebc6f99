import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { readRecentPaths, recentArchivesFile } from '../recentArchives.js';
import DatabaseConstructor from 'better-sqlite3';
import { takeBackup } from '../../db/backup/backupRotation.js';
import { openArchive } from '../../db/open/open.js';
import { saveRecords } from '../../db/write/write.js';
import type { FakeElectron } from './fakeElectron.js';
import { fileMenuDriver } from './fileMenuDriver.js';
import { startMain, stopMain } from './startMain.js';

// The real main process under Node, as in main.test.ts, switching archives from the File menu.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
const first = path.join(dir, 'first.db');
const second = path.join(dir, 'second.db');
const recentList = recentArchivesFile(path.join(dir, 'profile'));
let fake: FakeElectron;

const { ipc, openPath, fileItem, choose, title } = fileMenuDriver(() => fake);

beforeAll(async () => {
  // A file ARCHIVE_DB names must exist: only the app's own archive is created at a start.
  openArchive(first, { create: true }).close();
  fake = await startMain(dir, first);
});

afterAll(() => stopMain(fake, dir));

describe('opening another archive from the File menu', () => {
  test('the window is titled with the open archive, which heads the recent list', async () => {
    expect(fake.errors).toEqual([]);
    expect(title()).toBe('Secretariat Archive — first.db');
    expect(readRecentPaths(recentList)).toEqual([first]);
    const saved = await ipc('saveRecord', { table: 'topics', values: { name: 'Water' } });
    expect(saved.ok).toBe(true);
  });

  test('New Archive… creates it, closes the first cleanly and reloads the window', async () => {
    choose('New Archive…', second);
    await vi.waitFor(async () => expect(await openPath()).toBe(second));
    expect(fs.existsSync(second)).toBe(true);
    // The first archive was closed: SQLite removes its write-ahead log then.
    expect(fs.existsSync(`${first}-wal`)).toBe(false);
    expect(title()).toBe('Secretariat Archive — second.db');
    expect(fake.windows[0]?.reloads).toBe(1);
    const listed = await ipc('listRecords', { table: 'topics' });
    expect(listed.value?.['total']).toBe(0);
    expect(readRecentPaths(recentList)).toEqual([second, first]);
    expect(fileItem('first.db')).toBeDefined();
  });

  test('a file that is not an archive is refused, unchanged, and the open archive stays', async () => {
    const notes = path.join(dir, 'notes.db');
    fs.writeFileSync(notes, 'minutes of the meeting, not a database');
    fake.errors.length = 0;
    choose('Open Archive…', notes);
    await vi.waitFor(() => expect(fake.errors).toHaveLength(1));
    expect(fake.errors[0]).toMatch(/^notes\.db could not be opened: .*not a Secretariat Archive/);
    expect(fake.errors[0]).toMatch(/The archive that was open stays open\./);
    expect(fs.readFileSync(notes, 'utf8')).toBe('minutes of the meeting, not a database');
    expect(await openPath()).toBe(second);
    expect(title()).toBe('Secretariat Archive — second.db');
    expect(readRecentPaths(recentList)).toEqual([second, first]);
  });

  test('New Archive… on a file that exists refuses and changes nothing', async () => {
    fake.errors.length = 0;
    const before = fs.readFileSync(first);
    choose('New Archive…', first);
    await vi.waitFor(() => expect(fake.errors).toHaveLength(1));
    expect(fake.errors[0]).toMatch(/^There is already a file with this name/);
    expect(fs.readFileSync(first).equals(before)).toBe(true);
    expect(await openPath()).toBe(second);
  });

  test('Open Recent goes back to the first archive, with its records', async () => {
    choose('first.db');
    await vi.waitFor(async () => expect(await openPath()).toBe(first));
    const listed = await ipc('listRecords', { table: 'topics' });
    expect(listed.value?.['rows']).toMatchObject([{ name: 'Water' }]);
    expect(title()).toBe('Secretariat Archive — first.db');
    expect(readRecentPaths(recentList)).toEqual([first, second]);
  });

  test('a recent archive that is gone says so, and is taken off the list if the user agrees', async () => {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(second + suffix, { force: true });
    fake.errors.length = 0;
    fake.nextMessageBoxAnswer = 0;
    choose('second.db');
    expect(fake.errors).toEqual(['second.db was not found']);
    expect(readRecentPaths(recentList)).toEqual([first]);
    expect(fileItem('second.db')).toBeUndefined();
    expect(await openPath()).toBe(first);
    choose('Clear Recent');
    expect(readRecentPaths(recentList)).toEqual([]);
    expect(fs.existsSync(first)).toBe(true);
  });

  test('a damaged archive with backups offers its newest good backup, and opens it if chosen', async () => {
    const damaged = path.join(dir, 'damaged.db');
    const db = openArchive(damaged, { create: true });
    saveRecords(db, [{ table: 'topics', values: { name: 'Energy' } }]);
    await takeBackup(db, 'manual');
    db.close();
    fs.writeFileSync(damaged, 'overwritten by a faulty disk');
    fake.errors.length = 0;
    fake.nextMessageBoxAnswer = 0;
    choose('Open Archive…', damaged);
    await vi.waitFor(async () => expect(await openPath()).toBe(damaged));
    expect(fake.errors[0]).toBe('The archive is damaged. Restore it from its newest good backup?');
    const listed = await ipc('listRecords', { table: 'topics' });
    expect(listed.value?.['rows']).toMatchObject([{ name: 'Energy' }]);
    expect(title()).toBe('Secretariat Archive — damaged.db');
  });

  test('an archive from a newer version is refused and left untouched', async () => {
    const newer = path.join(dir, 'newer.db');
    openArchive(newer, { create: true }).close();
    const raw = new DatabaseConstructor(newer);
    raw.pragma('user_version = 999');
    raw.close();
    const before = fs.readFileSync(newer);
    const open = await openPath();
    fake.errors.length = 0;
    choose('Open Archive…', newer);
    await vi.waitFor(() => expect(fake.errors).toHaveLength(1));
    expect(fake.errors[0]).toMatch(/^newer\.db could not be opened: .*newer version/);
    expect(fs.readFileSync(newer).equals(before)).toBe(true);
    expect(await openPath()).toBe(open);
  });

  test('an archive made in a cloud-synchronised folder opens with a warning about its place', async () => {
    const synced = path.join(dir, 'OneDrive', 'synced.db');
    fs.mkdirSync(path.dirname(synced));
    fake.errors.length = 0;
    choose('New Archive…', synced);
    await vi.waitFor(async () => expect(await openPath()).toBe(synced));
    expect(fake.errors).toContain('This archive is not on a local disk.');
  });

  test('"Keep editing" leaves the window on its archive, and its saves still go there', async () => {
    const stays = await openPath();
    const window = fake.windows[0];
    if (!window || typeof stays !== 'string') throw new Error('no window or archive');
    window.page.unsaved = true;
    fake.nextMessageBoxAnswer = 1;
    fake.errors.length = 0;
    choose('Open Archive…', first);
    await vi.waitFor(() => expect(fake.errors).toEqual(['Discard unsaved changes?']));
    expect(title()).toBe(`Secretariat Archive — ${path.basename(stays)}`);
    expect(await openPath()).toBe(stays);
    const saved = await ipc('saveRecord', { table: 'topics', values: { name: 'Kept form' } });
    expect(saved.ok).toBe(true);
    const listed = await ipc('listRecords', { table: 'topics', search: 'Kept form' });
    expect(listed.value?.['total']).toBe(1);
    const other = new DatabaseConstructor(first, { readonly: true });
    const inFirst = other.prepare("SELECT count(*) AS n FROM topics WHERE name = 'Kept form'");
    expect(inFirst.get()).toEqual({ n: 0 });
    other.close();
    window.page.unsaved = false;
    fake.nextMessageBoxAnswer = undefined;
  });
});
