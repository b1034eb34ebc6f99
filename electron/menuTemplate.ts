import type { MenuItemConstructorOptions } from 'electron';
import type { RecentArchive } from './recentArchives.js';

/** File > New Archive…, Open Archive… and Open Recent. */
export interface ArchiveMenu {
  newArchive: () => void;
  openArchive: () => void;
  recent: readonly RecentArchive[];
  /** A missing file is offered too: choosing it says where it was and offers to take it off. */
  openRecent: (archive: RecentArchive) => void;
  clearRecent: () => void;
}

export interface MenuOptions {
  /** Reload and developer tools are for people working on the app, not for staff. */
  dev: boolean;
  platform: NodeJS.Platform;
  /** What File > Back Up Now… and Restore from Backup… do; without them the items are left out. */
  backups?: { backUpNow: () => void; restoreFromBackup: () => void };
  /**
   * What Edit > Undo Change and Redo Change do; without them the Edit menu has the text fields'
   * own Undo and Redo instead.
   */
  changes?: { undo: () => void; redo: () => void };
  /** Without it the File menu cannot open other archives (as in tests of other items). */
  archives?: ArchiveMenu;
}

function archiveItems(archives: ArchiveMenu): MenuItemConstructorOptions[] {
  const recent: MenuItemConstructorOptions[] = archives.recent.map((archive) => ({
    label: archive.missing ? `${archive.name} (not found)` : archive.name,
    sublabel: archive.path,
    toolTip: archive.path,
    click: () => archives.openRecent(archive),
  }));
  return [
    { label: 'New Archive…', accelerator: 'CmdOrCtrl+Shift+N', click: archives.newArchive },
    { label: 'Open Archive…', accelerator: 'CmdOrCtrl+O', click: archives.openArchive },
    {
      label: 'Open Recent',
      submenu: [
        ...(recent.length > 0
          ? recent
          : [{ label: 'No recent archives', enabled: false } satisfies MenuItemConstructorOptions]),
        { type: 'separator' },
        { label: 'Clear Recent', enabled: recent.length > 0, click: archives.clearRecent },
      ],
    },
    { type: 'separator' },
  ];
}

/**
 * The application menu. Undo Change and Redo Change show Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z without
 * taking the keys from the page: in a text field they undo typing, elsewhere the renderer undoes
 * the last change to the archive. A click sends the command to the renderer, which does the same.
 */
export function menuTemplate({
  dev,
  platform,
  backups,
  changes,
  archives,
}: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    ...(dev
      ? ([
          { role: 'reload' },
          { role: 'toggleDevTools' },
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        ...(archives ? archiveItems(archives) : []),
        ...(backups
          ? ([
              { label: 'Back Up Now…', click: backups.backUpNow },
              { label: 'Restore from Backup…', click: backups.restoreFromBackup },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        ...(changes
          ? ([
              {
                label: 'Undo Change',
                accelerator: 'CmdOrCtrl+Z',
                registerAccelerator: false,
                click: changes.undo,
              },
              {
                label: 'Redo Change',
                accelerator: 'CmdOrCtrl+Shift+Z',
                registerAccelerator: false,
                click: changes.redo,
              },
            ] satisfies MenuItemConstructorOptions[])
          : ([{ role: 'undo' }, { role: 'redo' }] satisfies MenuItemConstructorOptions[])),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: view },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
}
