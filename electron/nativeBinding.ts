import fs from 'node:fs';
import path from 'node:path';

/**
 * Where `scripts/electron-native.mjs` puts better-sqlite3 built for Electron. The copy in
 * node_modules stays built for Node, for the tests and the CLI; keep this path in step with
 * that script.
 */
export const ELECTRON_NATIVE_BINDING = path.join(
  'node_modules',
  '.cache',
  'electron-native',
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
);

/**
 * The better-sqlite3 binary Electron should load, or undefined for the default one. A packaged
 * app has electron-builder's own rebuilt copy, so only a run from the project uses the cache.
 */
export function nativeBindingFor(appRoot: string, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const file = path.join(appRoot, ELECTRON_NATIVE_BINDING);
  return fs.existsSync(file) ? file : undefined;
}
