import type { ArchiveLocation } from './archivePath.js';
import { CliError } from './cliError.js';
import type { CliIo } from './cliIo.js';
import { writeLaunchPage, type LaunchPage } from './launchPage.js';
import { findRendererDir } from './rendererDir.js';
import { startWebServer, type WebServer } from './webServer.js';
import { backupIfDue } from '../db/backup/backupRotation.js';
import { checkInBackground } from '../db/check/checkInBackground.js';
import { toApiError } from '../db/errors.js';
import { openArchiveOrReadOnly } from '../db/open/openArchiveOrReadOnly.js';
import { upgradeProgressPrinter } from './upgradeProgress.js';
import { checkLocation } from './withArchive.js';

export interface ServeOptions {
  location: ArchiveLocation;
  port: number;
  open: boolean;
  /** Where the built renderer is; found beside the running module when left out. */
  rendererDir?: string | null;
}

async function openInBrowser(url: string): Promise<void> {
  const { default: open } = await import('open');
  await open(url);
}

/** Resolves when the user stops the server: Ctrl+C, a SIGTERM, or the caller's signal. */
function stopRequested(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal) {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * Web mode: serves the archive and the user interface on 127.0.0.1 until stopped. Prints one
 * line on stdout, the archive and the address with its token, which scripts and tests read.
 */
export async function serve(options: ServeOptions, io: CliIo): Promise<number> {
  const rendererDir = options.rendererDir === undefined ? findRendererDir() : options.rendererDir;
  if (!rendererDir) throw new CliError('The user interface is not built: run `npm run build`.');
  // The app's own archive is made on its first start; a path the user named must exist.
  const create = !options.location.explicit;
  checkLocation(options.location, { create });
  const { file } = options.location;
  // An archive that cannot be written (locked, read-only) is served for reading only.
  const progress = upgradeProgressPrinter(io.err);
  const { db, readOnly, readFile } = openArchiveOrReadOnly(file, {
    create,
    onProgress: progress.onProgress,
  });
  progress.done();
  let server: WebServer;
  try {
    server = await startWebServer({
      db,
      file,
      port: options.port,
      rendererDir,
      readOnly,
      readFile,
    });
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === 'EADDRINUSE') {
      throw new CliError(
        `Port ${options.port} is already in use. Choose another with --port, or leave it out to use a free one.`,
      );
    }
    throw e;
  }
  const stopped = stopRequested(io.signal);
  if (readOnly) io.err(`The archive is open for reading only. ${readOnly.reason}`);
  // The whole file is checked on a thread of its own once the page's first reads are answered;
  // damage found then refuses every change with the reason, which the page shows.
  const checking = new AbortController();
  const check = { shownAs: file, signal: checking.signal, readsQuiet: server.readsQuiet };
  void checkInBackground(readFile, check).then((damage) => {
    if (!damage) return;
    server.refuseChanges({ reason: damage.message, key: damage.key, params: damage.params });
    io.err(damage.message);
  });
  io.out(`Secretariat Archive: ${file} at ${server.url}`);
  // As the desktop app does at start: a backup when the newest is a day old (a backup passes
  // integrity_check before it is kept, so a damaged archive never becomes one). Taken once the
  // address is out, as copying a large archive takes minutes and the page answers meanwhile.
  const backedUp = readOnly
    ? Promise.resolve()
    : backupIfDue(db).then(
        () => undefined,
        (e: unknown) =>
          io.err(`Today's automatic backup could not be made: ${toApiError(e).message}`),
      );
  // The printed address keeps its token: it goes to the user who ran the command only.
  let launch: LaunchPage | undefined;
  if (options.open) {
    launch = writeLaunchPage(server.url);
    (io.openUrl ?? openInBrowser)(launch.url).catch(() =>
      io.err('No browser could be opened: open the address above in one yourself.'),
    );
  }
  io.err('Press Ctrl+C to stop.');
  await stopped;
  launch?.remove();
  checking.abort();
  await server.close();
  await backedUp;
  db.close();
  return 0;
}
