import fs from 'node:fs';
import DatabaseConstructor from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { ArchiveError } from '../errors.js';
import { SCHEMA_VERSION } from '../migrate.js';
import type { OpenProgress } from '../open/openProgress.js';
import { needsUpgrade, startUpgradeThread, upgradeInThread } from '../open/upgradeInThread.js';
import type { UpgradeMessage } from '../open/upgradeProtocol.js';
import { schemaFiveArchive } from './schemaFiveArchive.js';
import { tempArchive, tempDir } from './tempArchive.js';

function versionOf(file: string): number {
  const db = new DatabaseConstructor(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

describe('the upgrade thread', () => {
  test('upgrades a version 5 archive, posting its progress and then done', async () => {
    const file = schemaFiveArchive(tempDir(), 300);
    expect(needsUpgrade(file)).toBe(true);
    const worker = startUpgradeThread({ file, language: 'en' });
    const messages: UpgradeMessage[] = [];
    worker.on('message', (m: UpgradeMessage) => messages.push(m));
    const code = await new Promise((resolve) => worker.once('exit', resolve));

    expect(code).toBe(0);
    expect(messages.at(-1)).toEqual({ type: 'done' });
    const phases = messages.flatMap((m) => (m.type === 'progress' ? [m.progress.phase] : []));
    expect([...new Set(phases)]).toEqual(['checking', 'backingUp', 'checkingBackup', 'upgrading']);
    const fractions = messages.flatMap((m) =>
      m.type === 'progress' && m.progress.phase === 'upgrading' && m.progress.fraction !== null
        ? [m.progress.fraction]
        : [],
    );
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.at(-1)).toBe(1);
    expect(versionOf(file)).toBe(SCHEMA_VERSION);
    expect(needsUpgrade(file)).toBe(false);
  });

  test('refuses an archive of a newer schema as opening it would, in the app’s language', async () => {
    const { db, file } = tempArchive();
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = fs.readFileSync(file);
    const heard: OpenProgress[] = [];
    const upgrading = upgradeInThread({ file, language: 'ru' }, (p) => heard.push(p));
    await expect(upgrading).rejects.toBeInstanceOf(ArchiveError);
    await expect(upgrading).rejects.toMatchObject({
      code: 'archive_newer',
      message: expect.stringMatching(/новой версией/) as unknown,
    });
    expect(heard).toEqual([]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
