import type { MenuItemConstructorOptions } from 'electron';

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
