// electron-builder's afterPack hook: turns off the Electron features a packaged archive must not
// offer (running as plain Node, NODE_OPTIONS, the inspector) and turns on cookie encryption and
// loading only the app's own asar, checked against its hash where the platform supports it.
import path from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

/** The fuses, by the platform names electron-builder uses. */
export function fusesFor(platform) {
  return {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // Electron validates the asar's hash on macOS and Windows only.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: platform !== 'linux',
    // Flipping a fuse breaks a macOS signature; electron-builder signs again after this hook.
    resetAdHocDarwinSignature: platform === 'darwin',
  };
}

function executable(context) {
  const name = context.packager.appInfo.productFilename;
  const platform = context.electronPlatformName;
  if (platform === 'darwin') return path.join(context.appOutDir, `${name}.app`);
  if (platform === 'win32') return path.join(context.appOutDir, `${name}.exe`);
  return path.join(context.appOutDir, context.packager.executableName);
}

export default async function afterPack(context) {
  await flipFuses(executable(context), fusesFor(context.electronPlatformName));
}
