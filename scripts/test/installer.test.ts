import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPackageFromFiles, listPackage } from '@electron/asar';
import { FuseV1Options } from '@electron/fuses';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { afterAll, describe, expect, test } from 'vitest';
import { Packager } from 'app-builder-lib/out/packager.js';
import { checkPackagedBinding, fusesFor } from '../afterPack.mjs';
import { electronNativePaths } from '../electron-native.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const config = JSON.parse(
  fs.readFileSync(path.join(root, 'electron-builder.json'), 'utf8'),
) as Configuration & { files: string[]; extraResources: { from: string; to: string }[] };
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-asar-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The project's own files that the `files` patterns take (`dir/**\/*`, a file, `!**\/*.ext`). */
function ownFiles(): string[] {
  const excluded = config.files
    .filter((p) => p.startsWith('!**/*'))
    .map((p) => p.slice('!**/*'.length));
  return config.files
    .filter((p) => !p.startsWith('!'))
    .flatMap((p) =>
      p.endsWith('/**/*') ? walk(path.join(root, p.slice(0, -5))) : [path.join(root, p)],
    )
    .filter((file) => !excluded.some((ext) => file.endsWith(ext)));
}

describe('the installer configuration', () => {
  test('is valid for electron-builder, by its own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration(
        { ...config, nsis: { perMachin: false } } as Configuration,
        new DebugLogger(false),
      ),
    ).rejects.toThrow(/does not match the API schema/);
  });

  test('installs per user on Windows, with a Start-menu entry, and builds AppImage, deb and dmg', () => {
    expect(config).toMatchObject({
      productName: 'Secretariat Archive',
      nsis: { perMachine: false, allowElevation: false, createStartMenuShortcut: true },
      win: { target: ['nsis'] },
      linux: { target: ['AppImage', 'deb'] },
      mac: { target: ['dmg'] },
    });
    for (const icon of ['build/icon.png', 'build/icon.ico', 'build/icon.icns']) {
      expect(fs.existsSync(path.join(root, icon)), icon).toBe(true);
    }
  });

  test('the app bundle holds main, preload, renderer and migrations, and nothing else of ours', async () => {
    const files = ownFiles();
    const asar = path.join(work, 'app.asar');
    await createPackageFromFiles(root, asar, files);
    const entries = listPackage(asar, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    // Files only: a folder is an entry that others start with.
    const listed = entries.filter((f) => !entries.some((other) => other.startsWith(`${f}/`)));
    expect(listed).toContain('/dist/electron/main.mjs');
    expect(listed).toContain('/dist/electron/preload.cjs');
    expect(listed).toContain('/dist/electron/readerWorker.mjs');
    expect(listed).toContain('/dist/electron/upgradeWorker.mjs');
    expect(listed).toContain('/dist/renderer/index.html');
    expect(listed).toContain('/dist/electron/migrations/0001_init.sql');
    expect(listed).toContain('/package.json');
    const outside = listed.filter(
      (f) => !/^\/(dist\/electron|dist\/renderer)\//.test(f) && f !== '/package.json',
    );
    expect(outside).toEqual([]);
    expect(listed.filter((f) => /\.(map|ts|tsx)$|\/test\/|bench|cli\//.test(f))).toEqual([]);
  });

  test("electron-builder's rebuild step leaves the project's Node build of better-sqlite3 alone", async () => {
    // Rebuilding node_modules for Electron would break the CLI, web mode and the tests.
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).not.toBe(true);
    expect(config.beforeBuild).toBeUndefined();
    const binding = path.join(
      root,
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    );
    const before = fs.readFileSync(binding);
    const { mtimeMs } = fs.statSync(binding);
    // The step as electron-builder runs it before packing, on this project's configuration.
    const step = Packager.prototype.installAppDependencies as (
      this: unknown,
      platform: unknown,
      arch: number,
    ) => Promise<void>;
    await step.call(
      { options: {}, framework: { isNpmRebuildRequired: true, version: '45.4.1' }, config },
      { nodeName: 'linux' },
      1,
    );
    expect(fs.readFileSync(binding).equals(before)).toBe(true);
    expect(fs.statSync(binding).mtimeMs).toBe(mtimeMs);
  });

  test('the package carries the Electron build of better-sqlite3 beside app.asar, not the Node one', () => {
    const cached = path.relative(root, electronNativePaths(root).binding).replaceAll('\\', '/');
    expect(config.extraResources).toEqual([{ from: cached, to: 'better_sqlite3.node' }]);
    expect(config.files).toEqual(
      expect.arrayContaining([
        '!node_modules/better-sqlite3/build/**',
        '!node_modules/better-sqlite3/deps/**',
        '!node_modules/better-sqlite3/src/**',
      ]),
    );
  });

  test('packing stops with a sentence when the engine was built for another Electron or machine', () => {
    const project = path.join(work, 'project');
    const resources = path.join(work, 'resources');
    const paths = electronNativePaths(project);
    fs.mkdirSync(path.dirname(paths.stamp), { recursive: true });
    fs.mkdirSync(resources, { recursive: true });
    const target = { electron: '45.4.1', platform: 'linux', arch: 'x64' };
    expect(() => checkPackagedBinding(project, resources, target)).toThrow(
      /needs better-sqlite3 built for Electron 45\.4\.1 on linux-x64, but the cache holds a build for nothing/,
    );
    fs.writeFileSync(paths.stamp, JSON.stringify({ ...target, electron: '44.0.0' }));
    fs.writeFileSync(path.join(resources, 'better_sqlite3.node'), '');
    expect(() => checkPackagedBinding(project, resources, target)).toThrow(
      /holds a build for Electron 44\.0\.0 on linux-x64\. Run `npm run dist` on a linux-x64 machine/,
    );
    fs.writeFileSync(paths.stamp, JSON.stringify(target));
    expect(() => checkPackagedBinding(project, resources, target)).not.toThrow();
    expect(() => checkPackagedBinding(project, resources, { ...target, arch: 'arm64' })).toThrow();
  });

  test('the fuses of a packaged app', () => {
    for (const platform of ['win32', 'darwin', 'linux']) {
      const fuses = fusesFor(platform);
      expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
      expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
      expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
      expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
      expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
      expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(platform !== 'linux');
      // The window loads from the app's own scheme; file:// pages get no extra privileges.
      expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    }
    expect(config.afterPack).toBe('scripts/afterPack.mjs');
  });
});
