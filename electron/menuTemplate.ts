import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** Reload and developer tools are for people working on the app, not for staff. */
  dev: boolean;
  platform: NodeJS.Platform;
  /** What File > Back Up Now… and Restore from Backup… do; without them the items are left out. */
  backups?: { backUpNow: () => void; restoreFromBackup: () => void };
}

/**
 * The application menu. Undo and redo here are the text fields' own; undoing a saved change to
 * the archive is the app's Undo command, which the renderer offers.
 */
export function menuTemplate({
  dev,
  platform,
  backups,
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
        { role: 'undo' },
        { role: 'redo' },
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
