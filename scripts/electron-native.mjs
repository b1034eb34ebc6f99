// Builds a copy of better-sqlite3 for Electron's ABI into node_modules/.cache/electron-native/,
// leaving node_modules/better-sqlite3 built for Node (tests and the CLI need that one).
// electron/main.ts loads the copy through better-sqlite3's `nativeBinding` option; keep the
// binary's path in step with electron/nativeBinding.ts.
//
// Run: node scripts/electron-native.mjs   (npm start runs it when Electron is installed)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion } from './electronBinary.mjs';

const HEADERS = 'https://electronjs.org/headers';

export function electronNativePaths(root) {
  const cache = path.join(root, 'node_modules', '.cache', 'electron-native');
  const copy = path.join(cache, 'node_modules', 'better-sqlite3');
  return {
    cache,
    copy,
    stamp: path.join(cache, 'stamp.json'),
    binding: path.join(copy, 'build', 'Release', 'better_sqlite3.node'),
  };
}

/**
 * The two build tools, found as Node finds packages rather than at a hoisted place:
 * prebuild-install from better-sqlite3 (its own dependency, the one its install script runs),
 * node-gyp from the project (a direct devDependency).
 */
export function buildTools(root) {
  const fromProject = createRequire(path.join(root, 'package.json'));
  const fromBetterSqlite3 = createRequire(fromProject.resolve('better-sqlite3/package.json'));
  return {
    prebuildInstall: fromBetterSqlite3.resolve('prebuild-install/bin.js'),
    nodeGyp: fromProject.resolve('node-gyp/bin/node-gyp.js'),
  };
}

// npm passes its own settings to children as npm_config_*; a `nodedir` or `target` meant for
// Node would make node-gyp build against Node's headers instead of Electron's.
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|build_from_source)$/i.test(key)) {
      delete env[key];
    }
  }
  return env;
}

function run(args, cwd, log) {
  const result = spawnSync(process.execPath, args, { cwd, env: buildEnv(), encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0 && output) log(output.split('\n').slice(-15).join('\n'));
  return result.status === 0;
}

/**
 * The path of better-sqlite3 built for this project's Electron, building it first when the cache
 * is missing or was made for another Electron or better-sqlite3. Throws an Error whose message
 * says what to do when neither a prebuilt binary nor a local build is available.
 */
export function ensureElectronNative(root, { log = console.log } = {}) {
  const paths = electronNativePaths(root);
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const wanted = {
    electron: electronVersion(root),
    betterSqlite3: JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')).version,
    platform: process.platform,
    arch: process.arch,
  };
  try {
    const stamp = JSON.parse(fs.readFileSync(paths.stamp, 'utf8'));
    if (JSON.stringify(stamp) === JSON.stringify(wanted) && fs.existsSync(paths.binding)) {
      return paths.binding;
    }
  } catch {
    // No stamp yet: build.
  }

  log(`Building the archive engine (better-sqlite3) for Electron ${wanted.electron}...`);
  fs.rmSync(paths.cache, { recursive: true, force: true });
  const skip = path.join(source, 'build');
  fs.cpSync(source, paths.copy, { recursive: true, filter: (file) => file !== skip });

  const tools = buildTools(root);
  const prebuilt = run(
    [
      tools.prebuildInstall,
      '--runtime=electron',
      `--target=${wanted.electron}`,
      `--arch=${wanted.arch}`,
      `--platform=${wanted.platform}`,
    ],
    paths.copy,
    () =>
      log('No prebuilt binary could be downloaded; compiling it instead (takes a few minutes).'),
  );
  const built =
    prebuilt ||
    run(
      [
        tools.nodeGyp,
        'rebuild',
        '--release',
        `--target=${wanted.electron}`,
        `--arch=${wanted.arch}`,
        `--dist-url=${HEADERS}`,
      ],
      paths.copy,
      log,
    );
  if (!built || !fs.existsSync(paths.binding)) {
    throw new Error(
      `better-sqlite3 could not be built for Electron ${wanted.electron}: no prebuilt binary ` +
        `could be downloaded and compiling it failed (see above). Check the network access to ` +
        `github.com and electronjs.org, or install node-gyp's build tools (Python and a C++ ` +
        `compiler), then run \`node scripts/electron-native.mjs\` again.`,
    );
  }
  fs.writeFileSync(paths.stamp, `${JSON.stringify(wanted, null, 2)}\n`);
  return paths.binding;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    console.log(ensureElectronNative(root));
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
