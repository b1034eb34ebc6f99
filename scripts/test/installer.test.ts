import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPackageFromFiles, listPackage } from '@electron/asar';
import { FuseV1Options } from '@electron/fuses';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { afterAll, describe, expect, test } from 'vitest';
import { fusesFor } from '../afterPack.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const config = JSON.parse(
  fs.readFileSync(path.join(root, 'electron-builder.json'), 'utf8'),
) as Configuration & { files: string[]; asarUnpack: string[] };
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
    expect(listed).toContain('/dist/renderer/index.html');
    expect(listed).toContain('/dist/electron/migrations/0001_init.sql');
    expect(listed).toContain('/package.json');
    const outside = listed.filter(
      (f) => !/^\/(dist\/electron|dist\/renderer)\//.test(f) && f !== '/package.json',
    );
    expect(outside).toEqual([]);
    expect(listed.filter((f) => /\.(map|ts|tsx)$|\/test\/|bench|cli\//.test(f))).toEqual([]);
  });

  test('better-sqlite3 is unpacked from the asar and rebuilt for Electron', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*');
    expect(config.npmRebuild).toBe(true);
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
    }
    expect(config.afterPack).toBe('scripts/afterPack.mjs');
  });
});
