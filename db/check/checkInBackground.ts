import path from 'node:path';
import { ArchiveError } from '../errors.js';
import { createReaderPool } from '../readers/readerPool.js';

/**
 * SQLite's quick_check of the whole archive on a thread of its own, so that opening costs the same
 * whatever the archive's size and the window answers while the file is read. Resolves to the
 * damage found, as the sentence opening gave before, or null when the file is sound or the check
 * could not finish (stopped by `signal`, when the host closes the archive).
 */
export async function checkInBackground(
  file: string,
  options: { nativeBinding?: string; shownAs?: string; signal?: AbortSignal } = {},
): Promise<ArchiveError | null> {
  const pool = createReaderPool({
    file,
    size: 1,
    // A check still reading when the host stops does not keep the process alive: it only reads.
    onThread: (thread) => thread.unref(),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const named = options.shownAs ?? file;
  // Stopped when the host closes the archive: its connection closes at once, so that the one
  // that writes, closing last, folds the write-ahead log back into the archive.
  const stop = () => void pool.close();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    const problem = await pool.run('quickCheck', null, options.signal);
    if (problem === null) return null;
    return new ArchiveError('archive_corrupt', 'errors.checkInBackground.archiveDamagedRestore', {
      named,
      problem,
      name: path.basename(named),
    });
  } catch (e) {
    if (e instanceof ArchiveError && e.code === 'archive_corrupt') {
      return new ArchiveError('archive_corrupt', 'errors.checkInBackground.archiveDamaged', {
        named,
        message: { key: e.key, params: e.params },
      });
    }
    return null;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await pool.close();
  }
}
