/**
 * Commands the application menu sends to the window, on one channel. The renderer does the work
 * (it knows whether a text field has focus); the menu only says which command was chosen.
 */
export const MENU_COMMAND_CHANNEL = 'menu:command';

export const MENU_COMMANDS = ['undoChange', 'redoChange'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}
