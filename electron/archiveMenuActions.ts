import fs from 'node:fs';
import type { BrowserWindow } from 'electron';
import { askToForgetMissing, chooseArchiveToOpen, chooseNewArchive } from './archiveDialogs.js';
import type { ArchiveMenu } from './menuTemplate.js';
import { clearRecentArchives, forgetArchive, readRecentArchives } from './recentArchives.js';

export interface ArchiveMenuContext {
  /** The recent archives list's file. */
  listFile: string;
  /** The archive open now, whose folder the file dialogs start in. */
  currentFile: string;
  window: () => BrowserWindow | undefined;
  switchTo: (file: string, create: boolean) => Promise<void>;
  /** Builds the menu again after the recent list changed. */
  rebuild: () => void;
}

/** What File > New Archive…, Open Archive… and Open Recent do in the desktop app. */
export function archiveMenuActions(context: ArchiveMenuContext): ArchiveMenu {
  const { listFile, currentFile, window, switchTo, rebuild } = context;
  const switchIfChosen = (create: boolean) => (file: string | undefined) =>
    file ? switchTo(file, create) : undefined;
  return {
    newArchive: () => void chooseNewArchive(window(), currentFile).then(switchIfChosen(true)),
    openArchive: () => void chooseArchiveToOpen(window(), currentFile).then(switchIfChosen(false)),
    recent: readRecentArchives(listFile),
    openRecent: (archive) => {
      // Looked at again on the click: the drive may have been connected since the menu was built.
      if (fs.existsSync(archive.path)) {
        void switchTo(archive.path, false);
      } else if (askToForgetMissing(window(), archive.path)) {
        forgetArchive(listFile, archive.path);
        rebuild();
      }
    },
    clearRecent: () => {
      clearRecentArchives(listFile);
      rebuild();
    },
  };
}
