import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Menu, protocol, session } from 'electron';
import { backupChoicesFileIn, useBackupChoicesFile } from '../db/backup/backupFolderChoices.js';
import type { OpenedArchive } from '../db/open/openArchiveOrReadOnly.js';
import { APP_SCHEME_PRIVILEGES, rendererResponse } from './appProtocol.js';
import { hostArchive, type HostedArchive } from './archiveHost.js';
import { setLanguage } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { hostLanguage } from './languageHost.js';
import { settingsFile, startingLanguage } from './languageSetting.js';
import { archiveMenuActions } from './archiveMenuActions.js';
import { backUpNowDialog, restoreDialog } from './backupDialogs.js';
import { reloadUnlessKept } from './leavePage.js';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from './menuCommands.js';
import { menuTemplate } from './menuTemplate.js';
import { nativeBindingFor } from './nativeBinding.js';
import { checkInBackground } from '../db/check/checkInBackground.js';
import { openArchiveFile } from './openArchiveFile.js';
import { recentArchivesFile, rememberArchive, startingArchive } from './recentArchives.js';
import { APP_SCHEME } from './rendererUrl.js';
import { afterOpening, offerBackupForDamaged } from './startupSafety.js';
import { createMainWindow, hardenSession } from './window.js';
import { showArchiveInWindow } from './windowTitle.js';

// The bundle sits in dist/electron/, beside the preload, with the renderer in dist/renderer/.
const here = path.dirname(fileURLToPath(import.meta.url));
const paths = {
  preload: path.join(here, 'preload.cjs'),
  renderer: path.join(here, '..', 'renderer'),
};

// Tests run the app on a throwaway archive and profile, so they never touch a person's own.
const userDataOverride = process.env.ARCHIVE_USER_DATA;
if (userDataOverride) app.setPath('userData', userDataOverride);
// The backups folders chosen for archives, kept in the profile as the CLI and web mode read it.
useBackupChoicesFile(backupChoicesFileIn(app.getPath('userData')));

// Electron accepts the scheme's privileges only before the app is ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let current: HostedArchive | undefined;
let window: BrowserWindow | undefined;
/** Stops the full check of the archive in use, which runs once its window shows. */
let checking: AbortController | undefined;
/** False while the start opens (and may upgrade) the archive: no window can show it yet. */
let started = false;

const recentList = () => recentArchivesFile(app.getPath('userData'));
const nativeBinding = () =>
  nativeBindingFor(
    app.getAppPath(),
    app.isPackaged,
    process.versions.electron,
    process.resourcesPath,
  );
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
    window = createMainWindow(paths.preload);
    if (current) showArchiveInWindow(window, current.file);
    return;
  }
  if (shown.isMinimized()) shown.restore();
  shown.focus();
}

/** The About panel (macOS, Linux) names the app as the interface's language does. */
function aboutPanel(): void {
  app.setAboutPanelOptions({
    applicationName: t('app.name'),
    applicationVersion: app.getVersion(),
  });
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
  closeCurrent();
  current = hostArchive(opened, file, {
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
  // The whole file is checked on a thread of its own once the window's first reads are answered;
  // damage found then is handled as at a start: the file set aside and its newest good backup
  // offered.
  const hosted = current;
  checking = new AbortController();
  const options = {
    nativeBinding: nativeBinding(),
    shownAs: file,
    signal: checking.signal,
    readsQuiet: hosted.readsQuiet,
  };
  void checkInBackground(opened.readFile, options).then((damage) => {
    if (damage && current === hosted) return reopenDamaged(file);
  });
}

/** Stops the full check, then closes the archive in use. */
function closeCurrent(): void {
  checking?.abort();
  current?.close();
  current = undefined;
}

async function reopenDamaged(file: string): Promise<void> {
  closeCurrent();
  const binding = nativeBinding();
  const restored = offerBackupForDamaged(file, binding);
  const opened = restored
    ? await openArchiveFile(file, { create: false, nativeBinding: binding, fromMenu: false })
    : undefined;
  if (!opened) {
    app.exit(1);
    return;
  }
  install(opened, file);
}

/**
 * File > New Archive…, Open Archive…, Open Recent: an existing archive is checked as at a start
 * before the page is asked to leave, so a failed open leaves the window as it was. A new archive
 * is made only once the page has left: "Keep editing" must leave no file behind.
 */
async function switchTo(file: string, create: boolean): Promise<void> {
  const absolute = path.resolve(file);
  if (current && absolute === path.resolve(current.file)) return showWindow();
  const open = () =>
    openArchiveFile(absolute, { create, nativeBinding: nativeBinding(), fromMenu: true });
  const shown = currentWindow();
  if (!shown) {
    const opened = await open();
    if (!opened) return;
    install(opened, absolute);
    return showWindow();
  }
  if (create) {
    // Should making it fail, the reloaded page goes on speaking to the archive still open.
    await reloadUnlessKept(shown, () => {
      void open().then((opened) => {
        if (opened) install(opened, absolute);
      });
    });
    return;
  }
  const opened = await open();
  if (!opened) return;
  const left = await reloadUnlessKept(shown, () => install(opened, absolute));
  if (!left) opened.db.close();
}

function start(): void {
  app.enableSandbox();
  app.on('second-instance', () => {
    if (app.isReady() && started) showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  app.on('will-quit', closeCurrent);

  void app.whenReady().then(async () => {
    // Dialogs at start already speak the workstation's language; the system's is known once ready.
    const settings = () => settingsFile(app.getPath('userData'));
    setLanguage(startingLanguage(settings(), app.getLocale()));
    hostLanguage(settings, () => {
      buildMenu();
      aboutPanel();
      const shown = currentWindow();
      if (current && shown) showArchiveInWindow(shown, current.file);
    });
    const binding = nativeBinding();
    const hint = !app.isPackaged && !binding ? `\n\n${t('dialog.open.notBuilt')}` : '';
    const startWith = (file: string, create: boolean, more = '') =>
      openArchiveFile(file, { create, nativeBinding: binding, fromMenu: false, hint: more + hint });
    let file = archiveFile();
    // The archive opened last (not one asked for, nor the default) may fail: the app then starts
    // on its default archive, from which File > Open Archive… reaches any other.
    const recent = !process.env.ARCHIVE_DB && file !== defaultArchive();
    // Only the app's own archive is created on a first start: a file named by ARCHIVE_DB that is
    // not there is a mistyped path, said, not a new empty archive.
    let opened = recent
      ? await startWith(file, false, `\n\n${t('dialog.open.defaultInstead')}`)
      : await startWith(file, file === defaultArchive());
    if (!opened && recent) {
      file = defaultArchive();
      opened = await startWith(file, true);
    }
    if (!opened) {
      app.exit(1);
      return;
    }
    aboutPanel();
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => rendererResponse(request, paths.renderer));
    install(opened, file);
    started = true;
    showWindow();
  });
}

// A second start hands over to the running app, which brings its window forward.
if (app.requestSingleInstanceLock()) start();
else app.quit();
