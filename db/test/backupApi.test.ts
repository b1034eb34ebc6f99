import { describe, expect, test } from 'vitest';
import { callApi, createHandlers } from '../service.js';
import { create, snapshot } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

describe('the backup methods of the API', () => {
  test('back up now, list, and restore a backup by its name only', async () => {
    const { db, file } = tempArchive();
    const handlers = createHandlers(db, file);
    create(db, 'visits', { title: 'Before' });
    const content = snapshot(db);
    const made = await callApi(handlers, 'backUpNow', {});
    if (!made.ok) throw new Error(made.error.message);
    expect(made.value).toMatchObject({ kind: 'manual', name: expect.stringMatching(/^manual-/) });
    create(db, 'visits', { title: 'After' });

    const restored = await callApi(handlers, 'restoreBackup', { name: made.value.name });
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.restored.counts.visits).toBe(1);
    expect(snapshot(db)).toBe(content);
    const listed = await callApi(handlers, 'listBackups', {});
    expect(listed.ok && listed.value.map((b) => b.kind).sort()).toEqual(['manual', 'pre-restore']);
  });

  test('a name that is not one of the archive’s backups restores nothing', async () => {
    const { db, file } = tempArchive();
    const handlers = createHandlers(db, file);
    create(db, 'visits', { title: 'Kept' });
    const content = snapshot(db);
    for (const name of ['../archive.db', file, 'manual-20260101T000000000Z.db']) {
      const result = await callApi(handlers, 'restoreBackup', { name });
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(snapshot(db)).toBe(content);
  });
});
