import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { AppInfo } from 'app-builder-lib/out/appInfo.js';
import { describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const pkg = read('package.json') as Record<string, unknown>;
const config = read('electron-builder.json') as Configuration;
const linux = { ...config.linux, ...config.deb };

/**
 * The deb target's own check of the package metadata, as electron-builder runs it before it
 * builds: the homepage (package.json, else a GitHub remote) and a maintainer with an e-mail.
 */
function debMetadata() {
  const info = { metadata: pkg, devMetadata: pkg, repositoryInfo: Promise.resolve(null) };
  const appInfo = {
    linuxPackageName: 'secretariat-archive',
    computePackageUrl: () =>
      AppInfo.prototype.computePackageUrl.call({ info, notNullDevMetadata: pkg }),
  };
  const target = { packager: { appInfo, info }, options: linux };
  // A private method of the target: the check itself, without Electron's binary or fpm.
  const fpm = require('app-builder-lib/out/targets/FpmTarget.js') as {
    default: { prototype: Record<string, unknown> };
  };
  const proto = fpm.default.prototype;
  const check = proto['computeFpmMetaInfoOptions'] as (
    this: unknown,
  ) => Promise<Record<string, unknown>>;
  return check.call(target);
}

describe('the Linux deb package', () => {
  test('has the metadata the deb target requires: homepage and a maintainer with an e-mail', async () => {
    const meta = await debMetadata();
    expect(meta['url']).toMatch(/^https:\/\//);
    expect(meta['maintainer']).toMatch(/^[^<>]+ <[^@\s]+@[^@\s>]+>$/);
    expect(meta['vendor']).toBeTruthy();
  });

  test('describes itself: synopsis, description, license, category', () => {
    expect(linux.synopsis).toBeTruthy();
    expect(pkg['description']).toBeTruthy();
    expect(pkg['license']).toBeTruthy();
    expect(linux.category).toBe('Office');
  });

  test("installs electron-builder's AppArmor profile, which lets Ubuntu 24.04 run the sandbox", () => {
    // Left to electron-builder's own scripts: overriding them would drop the profile.
    expect(config.deb?.afterInstall).toBeUndefined();
    expect(config.deb?.appArmorProfile).toBeUndefined();
    const templates = path.join(
      path.dirname(require.resolve('app-builder-lib/package.json')),
      'templates',
      'linux',
    );
    expect(fs.readFileSync(path.join(templates, 'apparmor-profile.tpl'), 'utf8')).toMatch(
      /userns,/,
    );
    expect(fs.readFileSync(path.join(templates, 'after-install.tpl'), 'utf8')).toMatch(
      /apparmor_parser --replace/,
    );
  });
});
