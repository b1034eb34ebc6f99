// `npm run dist`: builds the app, then the installers of this platform with electron-builder
// (Windows NSIS, Linux AppImage and deb, macOS dmg; see electron-builder.json) into release/.
// electron-builder downloads Electron's release files; where they cannot be had, says so.
// better-sqlite3 is packaged from the Electron build in node_modules/.cache/electron-native/
// (the one `npm start` uses); electron-builder rebuilds nothing (`npmRebuild: false`), so the
// project's own node_modules stay built for Node, for the CLI, web mode and the tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronVersion, installElectron } from './electronBinary.mjs';
import { ensureElectronNative } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (!electronBinary(root) && !installElectron(root)) {
  console.error(
    [
      `Electron ${electronVersion(root)} is not installed, and its binary could not be downloaded`,
      '(this machine has no access to Electron’s release files), so no installer can be built.',
      'On a machine with access to github.com, run `npm run dist` there.',
      'The installers appear in release/.',
    ].join('\n'),
  );
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npm', ['run', 'build']);
try {
  ensureElectronNative(root);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
run('npx', ['electron-builder', '--publish', 'never', ...process.argv.slice(2)]);
