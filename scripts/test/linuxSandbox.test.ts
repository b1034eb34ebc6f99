import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { linuxSandboxProblem } from '../linuxSandbox.mjs';

const binary = '/project/node_modules/electron/dist/electron';

/** A machine's answers: the AppArmor setting (absent when undefined) and the helper's stat. */
function machine(restrict: string | undefined, helper?: { uid: number; mode: number }) {
  return {
    readFileSync: ((file: string) => {
      if (file !== '/proc/sys/kernel/apparmor_restrict_unprivileged_userns' || !restrict) {
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      }
      return `${restrict}\n`;
    }) as typeof fs.readFileSync,
    statSync: ((file: string) => {
      if (file !== '/project/node_modules/electron/dist/chrome-sandbox' || !helper) {
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      }
      return helper;
    }) as unknown as typeof fs.statSync,
  };
}

describe('linuxSandboxProblem', () => {
  test('Ubuntu 23.10+ with a helper that is not setuid root: Electron would abort, and says why', () => {
    const problem = linuxSandboxProblem(
      binary,
      'linux',
      machine('1', { uid: 1000, mode: 0o100755 }),
    );
    expect(problem?.why).toMatch(/restricts unprivileged user namespaces.*would stop at start$/);
    expect(problem?.remedy).toContain(
      'sudo chmod 4755 "/project/node_modules/electron/dist/chrome-sandbox"',
    );
    expect(problem?.remedy).toMatch(/the \.deb package\) sets this up/);
    expect(linuxSandboxProblem(binary, 'linux', machine('1'))?.why).toMatch(/would stop at start/);
  });

  test('a setuid-root helper, an unrestricted kernel, or another system start Electron', () => {
    expect(
      linuxSandboxProblem(binary, 'linux', machine('1', { uid: 0, mode: 0o104755 })),
    ).toBeNull();
    expect(
      linuxSandboxProblem(binary, 'linux', machine('0', { uid: 1000, mode: 0o755 })),
    ).toBeNull();
    expect(linuxSandboxProblem(binary, 'linux', machine(undefined))).toBeNull();
    expect(linuxSandboxProblem(binary, 'darwin', machine('1'))).toBeNull();
  });
});
