import { t } from '../i18n/messages.js';
import type { BrowserWindowConstructorOptions } from 'electron';

/** The renderer may load only what ships with the app; no remote code, no inline scripts. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  // Nothing the archive needs: plugins, a <base> that would move relative URLs, being framed by
  // another page (that one works only as a header, which the app's scheme sends).
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Whether spelling can be checked without a download: only macOS has a system spellchecker that
 * Electron uses (electron.d.ts, `Session.setSpellCheckerDictionaryDownloadURL`: "On macOS, the OS
 * spellchecker is used and therefore we do not download any dictionary files").
 */
export function spellcheckIsLocal(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

/**
 * The main window's options. The renderer gets no Node and runs sandboxed in its own context,
 * so a flaw in the UI cannot reach the file system; it speaks to the archive only through the
 * preload's `window.archive`.
 */
export function windowOptions(
  preloadPath: string,
  platform: NodeJS.Platform = process.platform,
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: t('app.name'),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // An offline archive sends nothing off the machine: on Windows and Linux Chromium's
      // spellchecker downloads Hunspell dictionaries from Google, on macOS it uses the system's.
      spellcheck: spellcheckIsLocal(platform),
    },
  };
}
