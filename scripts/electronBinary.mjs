import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The installed Electron executable, or null when its binary has not been downloaded.
 * Requiring the `electron` package would try to download it; this only looks.
 */
export function electronBinary(root) {
  const dir = path.join(root, 'node_modules', 'electron');
  let relative;
  try {
    relative = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = undefined;
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const file = override
    ? path.join(override, relative || 'electron')
    : relative
      ? path.join(dir, 'dist', relative)
      : undefined;
  return file && fs.existsSync(file) ? file : null;
}

/** The Electron version the project is built against. */
export function electronVersion(root) {
  const file = path.join(root, 'node_modules', 'electron', 'package.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

/**
 * Downloads Electron's binary (Electron fetches it on demand, not at `npm install`). Returns the
 * executable, or null where it cannot be had.
 */
export function installElectron(root) {
  console.log('Electron is not installed yet; downloading it (once, about 100 MB)...');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'electron', 'install.js')],
    { cwd: root, encoding: 'utf8', timeout: 15 * 60_000 },
  );
  return result.status === 0 ? electronBinary(root) : null;
}
