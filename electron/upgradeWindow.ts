import { app, BrowserWindow } from 'electron';
import { progressFraction, wholePercent, type OpenProgress } from '../db/open/openProgress.js';
import { needsUpgrade, upgradeInThread } from '../db/open/upgradeInThread.js';
import { currentLanguage } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { upgradePage } from './upgradePage.js';

/** The small window that shows an upgrade's progress: a page with no script, closed by the app. */
function progressWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 480,
    height: 180,
    resizable: false,
    maximizable: false,
    fullscreenable: false,
    // Closing it would not stop the upgrade: the app closes it once the archive is ready.
    closable: false,
    show: false,
    title: t('upgrade.title'),
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      javascript: false,
      spellcheck: false,
    },
  });
  window.removeMenu();
  const contents = window.webContents;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  return window;
}

/** Whole percents only: the page is loaded again at each change, a hundred times at most. */
function shownAs(progress: OpenProgress): string {
  const fraction = progressFraction(progress);
  const percent = fraction === null ? '-' : wholePercent(fraction);
  return progress.phase === 'upgrading'
    ? `${progress.version}:${percent}`
    : `${progress.phase}:${percent}`;
}

/**
 * Closes the progress window. The last window closing would quit the app
 * ('window-all-closed'), so where no other window is open yet (at a start) it is hidden, and
 * closed once the archive's window exists.
 */
function closeWhenReplaced(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  const others = BrowserWindow.getAllWindows().filter((w) => w !== window && !w.isDestroyed());
  if (others.length > 0) {
    window.destroy();
    return;
  }
  window.hide();
  app.once('browser-window-created', () => setImmediate(() => window.destroy()));
}

/**
 * Upgrades the archive on a thread of its own when its schema is older, showing the progress in
 * a small window and on its taskbar entry, so the main process goes on answering meanwhile (a
 * four-minute upgrade froze it, "not responding", with no window). Rejects with the error
 * opening the archive would have thrown; nothing is shown when no upgrade is due.
 */
export async function upgradeShowingProgress(
  file: string,
  nativeBinding: string | undefined,
): Promise<void> {
  if (!needsUpgrade(file, nativeBinding)) return;
  let window: BrowserWindow | undefined;
  let shown = '';
  const show = (progress: OpenProgress) => {
    const state = shownAs(progress);
    if (state === shown) return;
    shown = state;
    window ??= progressWindow();
    if (window.isDestroyed()) return;
    void window.loadURL(upgradePage(progress));
    const fraction = progressFraction(progress);
    // Above 1 is the taskbar's moving bar, for a phase that says no fraction.
    window.setProgressBar(fraction === null ? 2 : fraction);
  };
  try {
    await upgradeInThread(
      { file, language: currentLanguage(), ...(nativeBinding ? { nativeBinding } : {}) },
      show,
    );
  } finally {
    if (window) closeWhenReplaced(window);
  }
}
