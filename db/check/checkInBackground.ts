import path from 'node:path';
import { ArchiveError } from '../errors.js';
import { createReaderPool } from '../readers/readerPool.js';

/**
 * How long the window's reads must have been quiet before the check starts: reading the whole
 * file takes a processor and the disk for seconds to minutes, and the first requests of a window
 * just opened (its first page, counts, the timeline's first picture) should not share them.
 */
export const CHECK_AFTER_QUIET_MS = 2000;
/** The check starts by this time after opening however busy the window keeps its readers. */
export const CHECK_AT_LATEST_MS = 60_000;

export interface BackgroundCheckOptions {
  nativeBinding?: string;
  shownAs?: string;
  signal?: AbortSignal;
  /** The host's reader threads' quiet (ReaderPool.quiet): the check waits for it first. */
  readsQuiet?: (forMs: number) => Promise<void>;
  /** CHECK_AT_LATEST_MS unless set. */
  atLatestMs?: number;
}

/**
 * SQLite's quick_check of the whole archive on a thread of its own, so that opening costs the same
 * whatever the archive's size and the window answers while the file is read. It starts once the
 * window's reads have been quiet for CHECK_AFTER_QUIET_MS (or CHECK_AT_LATEST_MS have passed).
 * Resolves to the damage found, as the sentence opening gave before, or null when the file is
 * sound or the check could not finish (stopped by `signal`, when the host closes the archive).
 */
export async function checkInBackground(
  file: string,
  options: BackgroundCheckOptions = {},
): Promise<ArchiveError | null> {
  if (options.readsQuiet) await quietOrLatest(options);
  if (options.signal?.aborted) return null;
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

/** Waits for the host's reads to be quiet, CHECK_AT_LATEST_MS, or `signal`, whichever is first. */
async function quietOrLatest(options: BackgroundCheckOptions): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let aborted: (() => void) | undefined;
  try {
    await Promise.race([
      options.readsQuiet?.(CHECK_AFTER_QUIET_MS),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, options.atLatestMs ?? CHECK_AT_LATEST_MS);
        timer.unref();
      }),
      new Promise<void>((resolve) => {
        aborted = () => resolve();
        options.signal?.addEventListener('abort', aborted, { once: true });
      }),
    ]);
  } finally {
    clearTimeout(timer);
    if (aborted) options.signal?.removeEventListener('abort', aborted);
  }
}
