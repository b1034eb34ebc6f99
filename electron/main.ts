import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Menu, session } from 'electron';
import { backupChoicesFileIn, useBackupChoicesFile } from '../db/backupFolderChoices.js';
import type { OpenedArchive } from '../db/openArchiveOrReadOnly.js';
import { hostArchive, type HostedArchive } from './archiveHost.js';
import { archiveMenuActions } from './archiveMenuActions.js';
import { backUpNowDialog, restoreDialog } from './backupDialogs.js';
import { reloadUnlessKept } from './leavePage.js';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from './menuCommands.js';
import { menuTemplate } from './menuTemplate.js';
import { nativeBindingFor } from './nativeBinding.js';
import { openArchiveFile } from './openArchiveFile.js';
import { recentArchivesFile, rememberArchive, startingArchive } from './recentArchives.js';
import { afterOpening } from './startupSafety.js';
import { createMainWindow, hardenSession } from './window.js';
import { showArchiveInWindow } from './windowTitle.js';

// The bundle sits in dist/electron/, beside the preload, with the renderer in dist/renderer/.
const here = path.dirname(fileURLToPath(import.meta.url));
const paths = {
  preload: path.join(here, 'preload.cjs'),
  rendererIndex: path.join(here, '..', 'renderer', 'index.html'),
};

// Tests run the app on a throwaway archive and profile, so they never touch a person's own.
const userDataOverride = process.env.ARCHIVE_USER_DATA;
if (userDataOverride) app.setPath('userData', userDataOverride);
// The backups folders chosen for archives, kept in the profile as the CLI and web mode read it.
useBackupChoicesFile(backupChoicesFileIn(app.getPath('userData')));

let current: HostedArchive | undefined;
let window: BrowserWindow | undefined;

const recentList = () => recentArchivesFile(app.getPath('userData'));
const nativeBinding = () =>
  nativeBindingFor(app.getAppPath(), app.isPackaged, process.versions.electron);
const currentWindow = () => (window && !window.isDestroyed() ? window : undefined);

/** ARCHIVE_DB when set; else the archive opened last, if it is still there; else the default. */
const defaultArchive = () => path.join(app.getPath('userData'), 'archive.db');
const archiveFile = () => startingArchive(process.env.ARCHIVE_DB, recentList(), defaultArchive());

function sendMenuCommand(command: MenuCommand): void {
  currentWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function showWindow(): void {
  const shown = currentWindow();
  if (!shown) {
    window = createMainWindow(paths);
    if (current) showArchiveInWindow(window, current.file);
    return;
  }
  if (shown.isMinimized()) shown.restore();
  shown.focus();
}

function buildMenu(): void {
  const open = current?.db;
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        dev: !app.isPackaged,
        platform: process.platform,
        archives: archiveMenuActions({
          listFile: recentList(),
          currentFile: current?.file ?? '',
          window: currentWindow,
          switchTo,
          rebuild: buildMenu,
        }),
        ...(open
          ? {
              backups: {
                backUpNow: () => void backUpNowDialog(open, currentWindow),
                restoreFromBackup: () => void restoreDialog(open, currentWindow),
              },
            }
          : {}),
        changes: {
          undo: () => sendMenuCommand('undoChange'),
          redo: () => sendMenuCommand('redoChange'),
        },
      }),
    ),
  );
}

/** Closes the archive in use (if any) and answers the window from `opened` instead. */
function install(opened: OpenedArchive, file: string): void {
  current?.close();
  current = hostArchive(opened, file, {
    rendererIndex: paths.rendererIndex,
    nativeBinding: nativeBinding(),
    window: currentWindow,
  });
  try {
    rememberArchive(recentList(), file);
  } catch {
    // The list is a convenience: an archive opens even where the profile cannot be written.
  }
  buildMenu();
  const shown = currentWindow();
  if (shown) showArchiveInWindow(shown, file);
  if (!opened.readOnly) afterOpening(opened.db, file);
}

/**
 * File > New Archive…, Open Archive…, Open Recent: the other archive is checked as at a start
 * before the one in use is closed, so a failed open leaves the window as it was.
 */
async function switchTo(file: string, create: boolean): Promise<void> {
  const absolute = path.resolve(file);
  if (current && absolute === path.resolve(current.file)) return showWindow();
  const opened = openArchiveFile(absolute, {
    create,
    nativeBinding: nativeBinding(),
    fromMenu: true,
  });
  if (!opened) return;
  const shown = currentWindow();
  if (!shown) {
    install(opened, absolute);
    return showWindow();
  }
  const left = await reloadUnlessKept(shown, () => install(opened, absolute));
  if (!left) opened.db.close();
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
    current?.close();
    current = undefined;
  });

  void app.whenReady().then(() => {
    const binding = nativeBinding();
    const hint =
      !app.isPackaged && !binding
        ? '\n\nThe archive engine has not been built for Electron yet: start the app with `npm start`, which builds it.'
        : '';
    const startWith = (file: string, create: boolean, more = '') =>
      openArchiveFile(file, { create, nativeBinding: binding, fromMenu: false, hint: more + hint });
    let file = archiveFile();
    // The archive opened last (not one asked for, nor the default) may fail: the app then starts
    // on its default archive, from which File > Open Archive… reaches any other.
    const recent = !process.env.ARCHIVE_DB && file !== defaultArchive();
    let opened = recent
      ? startWith(file, false, '\n\nThe app opens its default archive instead.')
      : startWith(file, true);
    if (!opened && recent) {
      file = defaultArchive();
      opened = startWith(file, true);
    }
    if (!opened) {
      app.exit(1);
      return;
    }
    app.setAboutPanelOptions({
      applicationName: 'Secretariat Archive',
      applicationVersion: app.getVersion(),
    });
    hardenSession(session.defaultSession);
    install(opened, file);
    showWindow();
  });
}

// A second start hands over to the running app, which brings its window forward.
if (app.requestSingleInstanceLock()) start();
else app.quit();
