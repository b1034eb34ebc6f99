import fs from 'node:fs';
import path from 'node:path';

const RESTRICT = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';

/**
 * Why Electron at `binary` would abort at start on this machine and what to do about it, or
 * null when it can start.
 * Ubuntu 23.10 and later restrict unprivileged user namespaces through AppArmor
 * (kernel.apparmor_restrict_unprivileged_userns = 1); Chromium's sandbox then needs either an
 * AppArmor profile allowing `userns` for the binary (the .deb installs one) or a chrome-sandbox
 * helper owned by root with the setuid bit. A binary in node_modules has neither, and Electron
 * stops with "The SUID sandbox helper binary was found, but is not configured correctly"
 * (electron/electron#42510). `fsApi` is for tests.
 */
export function linuxSandboxProblem(binary, platform = process.platform, fsApi = fs) {
  if (platform !== 'linux') return null;
  let restricted;
  try {
    restricted = fsApi.readFileSync(RESTRICT, 'utf8').trim() === '1';
  } catch {
    return null; // No such setting: the kernel does not restrict user namespaces.
  }
  if (!restricted) return null;
  const helper = path.join(path.dirname(binary), 'chrome-sandbox');
  try {
    const { uid, mode } = fsApi.statSync(helper);
    if (uid === 0 && (mode & 0o4000) !== 0) return null;
  } catch {
    // No helper at all: Electron cannot sandbox its windows either.
  }
  return {
    why:
      'This Linux restricts unprivileged user namespaces (Ubuntu 23.10 and later), and Electron ' +
      `in ${path.dirname(binary)} has neither an AppArmor profile nor a setuid sandbox helper, ` +
      'so it would stop at start',
    remedy: sandboxRemedy(binary),
  };
}

/** What makes Electron at `binary` able to sandbox its windows on such a Linux. */
export function sandboxRemedy(binary) {
  const helper = path.join(path.dirname(binary), 'chrome-sandbox');
  return (
    'To use the desktop app from here, run ' +
    `\`sudo chown root:root "${helper}" && sudo chmod 4755 "${helper}"\` once, then ` +
    '`npm start` again. The installed app (the .deb package) sets this up by itself.'
  );
}
