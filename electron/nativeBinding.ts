import fs from 'node:fs';
import path from 'node:path';

/**
 * Where `scripts/electron-native.mjs` builds better-sqlite3 for Electron, with a stamp saying
 * for which Electron. The copy in node_modules stays built for Node, for the tests and the CLI;
 * keep these paths in step with that script.
 */
const CACHE = path.join('node_modules', '.cache', 'electron-native');
export const ELECTRON_NATIVE_STAMP = path.join(CACHE, 'stamp.json');
export const ELECTRON_NATIVE_BINDING = path.join(
  CACHE,
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
);

function builtFor(appRoot: string): unknown {
  try {
    const stamp: unknown = JSON.parse(
      fs.readFileSync(path.join(appRoot, ELECTRON_NATIVE_STAMP), 'utf8'),
    );
    return typeof stamp === 'object' && stamp !== null && 'electron' in stamp
      ? stamp.electron
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where a packaged app keeps the Electron build of better-sqlite3: electron-builder.json copies
 * it from the cache into the app's resources, outside app.asar, since a native module cannot be
 * loaded from inside an archive.
 */
export const PACKAGED_BINDING = 'better_sqlite3.node';

/**
 * The better-sqlite3 binary this Electron should load, or undefined for the default one. A
 * packaged app loads the copy in its resources; a run from the project loads the cache, and only
 * a build made for this very Electron (another ABI would crash on load).
 */
export function nativeBindingFor(
  appRoot: string,
  isPackaged: boolean,
  electronVersion: string,
  resourcesPath = '',
): string | undefined {
  if (isPackaged) return path.join(resourcesPath, PACKAGED_BINDING);
  if (builtFor(appRoot) !== electronVersion) return undefined;
  const file = path.join(appRoot, ELECTRON_NATIVE_BINDING);
  return fs.existsSync(file) ? file : undefined;
}
