import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import type Database from 'better-sqlite3';
import { toApiError } from '../db/errors.js';
import { openArchiveOrReadOnly, type OpenedArchive } from '../db/openArchiveOrReadOnly.js';
import { readOnlyHandlers } from '../db/readOnlyHandlers.js';
import { createReaderPool, type ReaderPool } from '../db/readerPool.js';
import { createHandlers } from '../db/service.js';
import { backUpNowDialog, restoreDialog } from './backupDialogs.js';
import { csvSaveDialog } from './csvSaveDialog.js';
import { registerIpcHost } from './ipcHost.js';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from './menuCommands.js';
import { menuTemplate } from './menuTemplate.js';
import { nativeBindingFor } from './nativeBinding.js';
import { afterOpening, offerBackupForDamaged } from './startupSafety.js';
import { createMainWindow, hardenSession } from './window.js';

// The bundle sits in dist/electron/, beside the preload, with the renderer in dist/renderer/.
const here = path.dirname(fileURLToPath(import.meta.url));
const paths = {
  preload: path.join(here, 'preload.cjs'),
  rendererIndex: path.join(here, '..', 'renderer', 'index.html'),
};

// Tests run the app on a throwaway archive and profile, so they never touch a person's own.
const userDataOverride = process.env.ARCHIVE_USER_DATA;
if (userDataOverride) app.setPath('userData', userDataOverride);

let db: Database.Database | undefined;
let readers: ReaderPool | undefined;
let window: BrowserWindow | undefined;
let closeIpc: (() => void) | undefined;

function archiveFile(): string {
  const chosen = process.env.ARCHIVE_DB;
  return chosen ? path.resolve(chosen) : path.join(app.getPath('userData'), 'archive.db');
}

function sendMenuCommand(command: MenuCommand): void {
  if (window && !window.isDestroyed()) window.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function showWindow(): void {
  if (!window || window.isDestroyed()) {
    window = createMainWindow(paths);
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** The archive, for writing or else for reading only (locked, or on a read-only disk). */
function openOrExplain(file: string, offerBackup = true): OpenedArchive | undefined {
  const nativeBinding = nativeBindingFor(
    app.getAppPath(),
    app.isPackaged,
    process.versions.electron,
  );
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return openArchiveOrReadOnly(file, {
      create: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (e) {
    const { code, message } = toApiError(e);
    if (code === 'archive_corrupt' && offerBackup && fs.existsSync(file)) {
      return offerBackupForDamaged(file, nativeBinding) ? openOrExplain(file, false) : undefined;
    }
    const hint =
      !app.isPackaged && !nativeBinding
        ? '\n\nThe archive engine has not been built for Electron yet: start the app with `npm start`, which builds it.'
        : '';
    dialog.showErrorBox(
      'Secretariat Archive could not open its archive',
      `${message}\n\nArchive file: ${file}${hint}`,
    );
    return undefined;
  }
}

function start(): void {
  app.enableSandbox();
  app.on('second-instance', () => {
    if (app.isReady()) showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  app.on('will-quit', () => {
    closeIpc?.();
    // The readers' connections are closed before close() returns: the one that writes closes
    // last, and SQLite folds the write-ahead log back into the archive.
    void readers?.close();
    readers = undefined;
    db?.close();
    db = undefined;
  });

  void app.whenReady().then(() => {
    const file = archiveFile();
    const opened = openOrExplain(file);
    if (!opened) {
      app.exit(1);
      return;
    }
    db = opened.db;
    app.setAboutPanelOptions({
      applicationName: 'Secretariat Archive',
      applicationVersion: app.getVersion(),
    });
    const open = db;
    if (!opened.readOnly) afterOpening(open, file);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          dev: !app.isPackaged,
          platform: process.platform,
          backups: {
            backUpNow: () => void backUpNowDialog(open, () => window),
            restoreFromBackup: () => void restoreDialog(open, () => window),
          },
          changes: {
            undo: () => sendMenuCommand('undoChange'),
            redo: () => sendMenuCommand('redoChange'),
          },
        }),
      ),
    );
    hardenSession(session.defaultSession);
    // Lists, counts, the timeline and exports run on reader threads, so that a long count never
    // holds up a save or the window's next request. They load the main connection's addon.
    const nativeBinding = nativeBindingFor(
      app.getAppPath(),
      app.isPackaged,
      process.versions.electron,
    );
    readers = createReaderPool({
      file: opened.readFile,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    const handlers = createHandlers(db, file, {
      exportCsv: csvSaveDialog(file, () => window, readers),
      readers,
    });
    // Read-only: every change is refused with the reason, which the window shows from the stats.
    const hosted = opened.readOnly ? readOnlyHandlers(handlers, opened.readOnly) : handlers;
    closeIpc = registerIpcHost(hosted, paths.rendererIndex);
    showWindow();
  });
}

// A second start hands over to the running app, which brings its window forward.
if (app.requestSingleInstanceLock()) start();
else app.quit();
