/**
 * The thread that opens an archive as the app's hosts do (check, backup, upgrade), saying its
 * progress, then closes it: the host's own thread stays free meanwhile, and opens the archive
 * again once its schema is current, which takes no time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { setLanguage } from '../../i18n/language.js';
import { toApiError } from '../errors.js';
import { openArchiveOrReadOnly } from './openArchiveOrReadOnly.js';
import type { UpgradeMessage, UpgradeSetup } from './upgradeProtocol.js';

const port = parentPort;
if (!port) throw new Error('upgradeWorker runs as a worker thread only.');
const setup = workerData as UpgradeSetup;
const post = (message: UpgradeMessage) => port.postMessage(message);

setLanguage(setup.language);
try {
  const { db } = openArchiveOrReadOnly(setup.file, {
    ...(setup.nativeBinding ? { nativeBinding: setup.nativeBinding } : {}),
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  db.close();
  post({ type: 'done' });
} catch (e) {
  post({ type: 'error', error: toApiError(e) });
}
