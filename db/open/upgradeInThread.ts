import fs from 'node:fs';
import type { Worker } from 'node:worker_threads';
import DatabaseConstructor from 'better-sqlite3';
import { ArchiveError } from '../errors.js';
import { SCHEMA_VERSION, schemaVersion } from '../migrate.js';
import { startWorkerBeside } from '../startWorkerBeside.js';
import type { OnOpenProgress } from './openProgress.js';
import type { UpgradeMessage, UpgradeSetup } from './upgradeProtocol.js';

/** Starts the thread that opens and upgrades an archive (upgradeWorker beside this module or the bundle). */
export function startUpgradeThread(setup: UpgradeSetup): Worker {
  return startWorkerBeside(import.meta.url, 'upgradeWorker', setup);
}

/**
 * Whether opening the archive would upgrade it: an existing archive of an older schema. Read
 * from a read-only connection; anything unusual (no file, not an archive) answers false, and the
 * open that follows says what it is.
 */
export function needsUpgrade(file: string, nativeBinding?: string): boolean {
  if (!fs.existsSync(file)) return false;
  try {
    const db = new DatabaseConstructor(file, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    try {
      const version = schemaVersion(db);
      return version >= 1 && version < SCHEMA_VERSION;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/**
 * Opens and upgrades the archive on a thread of its own, telling `onProgress` as it goes;
 * resolves once the archive's schema is current, rejects with the error openArchiveOrReadOnly
 * would have thrown.
 */
export function upgradeInThread(setup: UpgradeSetup, onProgress: OnOpenProgress): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = startUpgradeThread(setup);
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve();
    };
    worker.on('message', (message: UpgradeMessage) => {
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') settle();
      else settle(ArchiveError.fromApiError(message.error));
    });
    const stopped = (reason: string) =>
      settle(new ArchiveError('internal', 'errors.upgrade.threadStopped', { reason }));
    worker.on('error', (e) => stopped(e.message));
    worker.on('exit', (code) => stopped(`exit code ${code}`));
  });
}
