import type { MenuItemConstructorOptions } from 'electron';
import { t, type MessageKey } from '../i18n/messages.js';
import type { RecentArchive } from './recentArchives.js';

type Role = NonNullable<MenuItemConstructorOptions['role']>;

/** A role's item with its label from the catalog: Electron's own labels are English. */
function role(name: Role, label: MessageKey): MenuItemConstructorOptions {
  return { role: name, label: t(label) };
}

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
    label: archive.missing ? t('menu.recentMissing', { name: archive.name }) : archive.name,
    sublabel: archive.path,
    toolTip: archive.path,
    click: () => archives.openRecent(archive),
  }));
  return [
    { label: t('menu.newArchive'), accelerator: 'CmdOrCtrl+Shift+N', click: archives.newArchive },
    { label: t('menu.openArchive'), accelerator: 'CmdOrCtrl+O', click: archives.openArchive },
    {
      label: t('menu.openRecent'),
      submenu: [
        ...(recent.length > 0
          ? recent
          : [{ label: t('menu.noRecent'), enabled: false } satisfies MenuItemConstructorOptions]),
        { type: 'separator' },
        { label: t('menu.clearRecent'), enabled: recent.length > 0, click: archives.clearRecent },
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
          role('reload', 'menu.reload'),
          role('toggleDevTools', 'menu.toggleDevTools'),
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    role('resetZoom', 'menu.resetZoom'),
    role('zoomIn', 'menu.zoomIn'),
    role('zoomOut', 'menu.zoomOut'),
    { type: 'separator' },
    role('togglefullscreen', 'menu.toggleFullScreen'),
  ];
  return [
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: t('menu.file'),
      submenu: [
        ...(archives ? archiveItems(archives) : []),
        ...(backups
          ? ([
              { label: t('menu.backUpNow'), click: backups.backUpNow },
              { label: t('menu.restoreFromBackup'), click: backups.restoreFromBackup },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        mac ? role('close', 'menu.close') : role('quit', 'menu.quit'),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        ...(changes
          ? ([
              {
                label: t('menu.undoChange'),
                accelerator: 'CmdOrCtrl+Z',
                registerAccelerator: false,
                click: changes.undo,
              },
              {
                label: t('menu.redoChange'),
                accelerator: 'CmdOrCtrl+Shift+Z',
                registerAccelerator: false,
                click: changes.redo,
              },
            ] satisfies MenuItemConstructorOptions[])
          : ([
              role('undo', 'menu.undo'),
              role('redo', 'menu.redo'),
            ] satisfies MenuItemConstructorOptions[])),
        { type: 'separator' },
        role('cut', 'menu.cut'),
        role('copy', 'menu.copy'),
        role('paste', 'menu.paste'),
        role('selectAll', 'menu.selectAll'),
      ],
    },
    { label: t('menu.view'), submenu: view },
    { role: 'help', label: t('menu.help'), submenu: [role('about', 'menu.about')] },
  ];
}
