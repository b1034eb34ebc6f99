import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ApiMethod } from '../api.js';
import { backupChoicesFileIn, useBackupChoicesFile } from '../backup/backupFolderChoices.js';
import { backupIfDue } from '../backup/backupRotation.js';
import { openArchive } from '../open/open.js';
import { callApi, createHandlers, type Handlers } from '../service.js';
import { create } from './fixtures.js';
import { tempArchive, tempDir } from './tempArchive.js';

let choices: string;

beforeEach(() => {
  choices = backupChoicesFileIn(tempDir());
  useBackupChoicesFile(choices);
});
afterEach(() => useBackupChoicesFile(null));

async function ok<T>(handlers: Handlers, method: ApiMethod, input: unknown): Promise<T> {
  const answer = await callApi(handlers, method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.value as T;
}

const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('another backups folder', () => {
  test('is kept for the archive, and every backup and list uses it', async () => {
    const { db, file, dir } = tempArchive();
    const chosen = path.join(tempDir(), 'Backups');
    const handlers = createHandlers(db, file);
    const set = await ok<{ folder: string; chosen: string }>(handlers, 'setBackupFolder', {
      folder: chosen,
      create: true,
    });
    const folder = path.join(chosen, 'archive.db.backups');
    expect(set).toMatchObject({ folder, chosen, dialog: false, changed: true });
    // Made for the user, readable by them only: backups hold every record.
    expect(fs.statSync(chosen).mode & 0o777).toBe(0o700);

    await backupIfDue(db);
    await ok(handlers, 'backUpNow', {});
    await ok(handlers, 'importCsv', { table: 'topics', file: csv('name\nEnergy\n') });
    const trashed = create(db, 'topics', { name: 'Water' });
    await ok(handlers, 'deleteRecords', { table: 'topics', ids: [trashed] });
    await ok(handlers, 'emptyTrash', {});
    const listed = await ok<{ name: string; kind: string }[]>(handlers, 'listBackups', {});
    expect(listed.map((b) => b.kind).sort()).toEqual([
      'daily',
      'manual',
      'pre-empty-trash',
      'pre-import',
    ]);
    const manual = listed.find((b) => b.kind === 'manual')!;
    await ok(handlers, 'restoreBackup', { name: manual.name });
    expect(fs.readdirSync(folder).filter((n) => n.startsWith('pre-restore-'))).toHaveLength(1);
    expect(fs.readdirSync(folder)).toHaveLength(5);
    expect(fs.existsSync(path.join(dir, 'archive.db.backups'))).toBe(false);

    // Kept on the workstation: the archive opened again, by any host, finds the same folder.
    db.close();
    const again = openArchive(file);
    try {
      const info = await ok(createHandlers(again, file), 'getBackupFolder', {});
      expect(info).toEqual({ folder, chosen, dialog: false, changed: false });
    } finally {
      again.close();
    }
    expect(fs.statSync(choices).mode & 0o777).toBe(0o600);
  });

  test('can be forgotten: backups go beside the archive again', async () => {
    const { db, file, dir } = tempArchive();
    const handlers = createHandlers(db, file);
    await ok(handlers, 'setBackupFolder', { folder: tempDir() });
    const info = await ok(handlers, 'setBackupFolder', { reset: true });
    expect(info).toMatchObject({ folder: path.join(dir, 'archive.db.backups'), chosen: null });
    await ok(handlers, 'backUpNow', {});
    expect(fs.readdirSync(path.join(dir, 'archive.db.backups'))).toHaveLength(1);
  });

  test('refuses a folder that would lose or mix backups, saying why, and changes nothing', async () => {
    const { db, file } = tempArchive();
    const handlers = createHandlers(db, file);
    const kept = tempDir();
    await ok(handlers, 'setBackupFolder', { folder: kept });
    const before = fs.readFileSync(choices, 'utf8');
    const other = tempArchive();
    await ok(createHandlers(other.db, other.file), 'setBackupFolder', { folder: tempDir() });
    const shared = JSON.parse(fs.readFileSync(choices, 'utf8')) as {
      folders: Record<string, string>;
    };
    const otherFolder = shared.folders[fs.realpathSync(other.file)]!;
    const aFile = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(aFile, 'x');
    const missingParent = path.join(tempDir(), 'no', 'such');
    const cases: [unknown, string][] = [
      [{ folder: 'Backups' }, 'must be a full path'],
      [{ folder: path.join(tempDir(), 'missing') }, 'There is no folder'],
      [{ folder: missingParent, create: true }, 'could not be created'],
      [{ folder: aFile }, 'is a file, not a folder'],
      [{ folder: otherFolder }, 'would share one rotation'],
      [{}, 'Type the full path'],
    ];
    const afterOther = fs.readFileSync(choices, 'utf8');
    for (const [input, words] of cases) {
      const answer = await callApi(handlers, 'setBackupFolder', input);
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code).toBe('refused');
        expect(answer.error.message).toContain(words);
        expect(answer.error.message).toContain('Nothing was changed.');
      }
      expect(fs.readFileSync(choices, 'utf8')).toBe(afterOther);
    }
    expect(fs.existsSync(path.dirname(missingParent))).toBe(false);
    expect(JSON.parse(before)).toEqual({ folders: { [fs.realpathSync(file)]: kept } });
  });

  test('a chosen folder that is gone is not made again: the backup is refused, saying so', async () => {
    const { db, file } = tempArchive();
    const handlers = createHandlers(db, file);
    const drive = path.join(tempDir(), 'drive');
    fs.mkdirSync(drive);
    await ok(handlers, 'setBackupFolder', { folder: drive });
    fs.rmSync(drive, { recursive: true });
    const answer = await callApi(handlers, 'backUpNow', {});
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toContain(`you chose, ${drive}, is not there`);
    expect(fs.existsSync(drive)).toBe(false);
  });

  test('the desktop asks in its own dialog and takes no path from the window', async () => {
    const { db, file } = tempArchive();
    const picked = tempDir();
    let offered = '';
    const handlers = createHandlers(db, file, {
      pickBackupFolder: (current) => {
        offered = current;
        return Promise.resolve(picked);
      },
    });
    const refused = await callApi(handlers, 'setBackupFolder', { folder: tempDir() });
    expect(refused.ok).toBe(false);
    expect(fs.existsSync(choices)).toBe(false);
    const info = await ok(handlers, 'setBackupFolder', {});
    expect(offered).toBe(path.dirname(file));
    expect(info).toMatchObject({ chosen: picked, dialog: true, changed: true });
  });
});
