import fs from 'node:fs';
import path from 'node:path';

/** What `npm run build` produces that `npm start` needs. */
export const BUILD_OUTPUTS = [
  'dist/electron/main.mjs',
  'dist/electron/preload.cjs',
  'dist/renderer/index.html',
  'dist/cli/archive.mjs',
];

/** What the build reads: a change to any of these makes the outputs out of date. */
export const BUILD_INPUTS = [
  'db',
  'electron',
  'renderer',
  'cli',
  'bin',
  'scripts/build-node.mjs',
  'package.json',
];

function newestMtime(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(file)) {
    // Tests are not built, so editing one should not cost a rebuild.
    if (entry === 'test' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(file, entry)));
  }
  return newest;
}

/** Whether an output is missing or older than a source it is built from. */
export function distIsStale(root) {
  let oldestOutput = Infinity;
  for (const output of BUILD_OUTPUTS) {
    try {
      oldestOutput = Math.min(oldestOutput, fs.statSync(path.join(root, output)).mtimeMs);
    } catch {
      return true;
    }
  }
  return BUILD_INPUTS.some((input) => newestMtime(path.join(root, input)) > oldestOutput);
}
