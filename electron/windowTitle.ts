import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { t } from '../i18n/messages.js';

/** The title names the open archive, so two files are never confused. */
export function windowTitle(file: string): string {
  return t('window.title', { file: path.basename(file) });
}

/** Title, and on macOS the file itself (the title bar's proxy icon shows where it lives). */
export function showArchiveInWindow(window: BrowserWindow, file: string): void {
  window.setTitle(windowTitle(file));
  if (process.platform === 'darwin') window.setRepresentedFilename(file);
}
