// electron-builder's afterPack hook: checks that the app carries better-sqlite3 built for the
// Electron, platform and architecture being packaged, then turns off the Electron features a
// packaged archive must not offer (running as plain Node, NODE_OPTIONS, the inspector, file://
// pages' extra privileges) and turns on cookie encryption and loading only the app's own asar,
// checked against its hash where the platform supports it.
import fs from 'node:fs';
import path from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { electronNativePaths } from './electron-native.mjs';
import { electronVersion } from './electronBinary.mjs';

/** The fuses, by the platform names electron-builder uses. */
export function fusesFor(platform) {
  return {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The window loads from the app's own scheme (electron/rendererUrl.ts), so file:// pages
    // need none of the privileges Electron grants them by default.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    // Electron validates the asar's hash on macOS and Windows only.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: platform !== 'linux',
    // Flipping a fuse breaks a macOS signature; electron-builder signs again after this hook.
    resetAdHocDarwinSignature: platform === 'darwin',
  };
}

/**
 * Throws a sentence saying what to do unless `resources` holds better-sqlite3 built (by
 * scripts/electron-native.mjs, whose stamp says for what) for this Electron, platform and
 * architecture: electron-builder copies the file without knowing what it is, and a binary for
 * another ABI would only fail when a staff member starts the app.
 */
export function checkPackagedBinding(root, resources, target) {
  const packaged = path.join(resources, 'better_sqlite3.node');
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(electronNativePaths(root).stamp, 'utf8'));
  } catch {
    stamp = undefined;
  }
  const wanted = `Electron ${target.electron} on ${target.platform}-${target.arch}`;
  const built = stamp ? `Electron ${stamp.electron} on ${stamp.platform}-${stamp.arch}` : 'nothing';
  if (!fs.existsSync(packaged) || built !== wanted) {
    throw new Error(
      `The package needs better-sqlite3 built for ${wanted}, but the cache holds a build for ` +
        `${built}. Run \`npm run dist\` on a ${target.platform}-${target.arch} machine (it builds ` +
        'the engine first), or `node scripts/electron-native.mjs` there before electron-builder.',
    );
  }
}

const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

function executable(context) {
  const name = context.packager.appInfo.productFilename;
  const platform = context.electronPlatformName;
  if (platform === 'darwin') return path.join(context.appOutDir, `${name}.app`);
  if (platform === 'win32') return path.join(context.appOutDir, `${name}.exe`);
  return path.join(context.appOutDir, context.packager.executableName);
}

export default async function afterPack(context) {
  const root = context.packager.projectDir;
  checkPackagedBinding(root, context.packager.getResourcesDir(context.appOutDir), {
    electron: electronVersion(root),
    platform: context.electronPlatformName,
    arch: ARCH_NAMES[context.arch] ?? String(context.arch),
  });
  await flipFuses(executable(context), fusesFor(context.electronPlatformName));
}
