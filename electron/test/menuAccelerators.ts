import type { MenuItemConstructorOptions } from 'electron';

function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

/**
 * The menu item a key press reaches before the page, as Electron decides it per platform:
 * `registerAccelerator: false` keeps a key from the menu only on Windows and Linux
 * (electron.d.ts documents the option as `@platform linux,win32`); on macOS an item's key
 * equivalent always belongs to the menu bar. Undefined when the page gets the key.
 */
export function menuItemTakingKey(
  template: readonly MenuItemConstructorOptions[],
  accelerator: string,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions | undefined {
  return items(template).find(
    (item) =>
      item.accelerator === accelerator &&
      (platform === 'darwin' || item.registerAccelerator !== false),
  );
}
