import { BrowserWindow, type Session } from 'electron';
import { RENDERER_URL } from './rendererUrl.js';
import { askBeforeUnload } from './unloadGuard.js';
import { CONTENT_SECURITY_POLICY, spellcheckIsLocal, windowOptions } from './windowOptions.js';

/**
 * Deny every permission (camera, notifications, geolocation...): an archive needs none, and a
 * prompt from it would only confuse. The policy header also covers any response that does not
 * come from the app's own scheme, whose handler sets it itself. Spelling is
 * checked only where the system does it (macOS): elsewhere it would download dictionaries.
 */
export function hardenSession(
  session: Session,
  platform: NodeJS.Platform = process.platform,
): void {
  // Off for the whole session, not only the window, so no dictionary is ever fetched.
  if (!spellcheckIsLocal(platform)) session.setSpellCheckerEnabled(false);
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}

/** The archive window: shows the built renderer and can go nowhere else. */
export function createMainWindow(preload: string): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preload));
  const contents = window.webContents;
  // The page never navigates (its routes change the hash only): any navigation, of the window
  // or of a frame inside it, is something else's doing.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // The main process names the open archive in the title; the page's own title would replace it.
  window.on('page-title-updated', (event) => event.preventDefault());
  askBeforeUnload(window);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(RENDERER_URL);
  return window;
}
