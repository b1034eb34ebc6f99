/** The Edit menu's archive commands, which the desktop app sends to the window. */
export type MenuCommand = 'undoChange' | 'redoChange';

export interface ArchiveMenu {
  /** Calls `listener` each time the command is chosen; the function returned stops that. */
  on(command: MenuCommand, listener: () => void): () => void;
}

declare global {
  interface Window {
    /** Present in the desktop app only: its preload exposes it. */
    archiveMenu?: ArchiveMenu;
  }
}

/** Listens to a menu command where there is a menu (the desktop app); elsewhere does nothing. */
export function onMenuCommand(command: MenuCommand, listener: () => void): () => void {
  return window.archiveMenu?.on(command, listener) ?? (() => {});
}
