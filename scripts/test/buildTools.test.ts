import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildTools } from '../electron-native.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-tools-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function put(file: string, text = '') {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

describe('the tools that build better-sqlite3 for Electron', () => {
  test('are found in this project', () => {
    const tools = buildTools(root);
    expect(fs.existsSync(tools.prebuildInstall)).toBe(true);
    expect(fs.existsSync(tools.nodeGyp)).toBe(true);
  });

  test('are found where npm put them, hoisted or not', () => {
    // prebuild-install nested under better-sqlite3, as npm leaves it when versions differ.
    const modules = path.join(work, 'node_modules');
    put(path.join(work, 'package.json'), '{"name":"p"}');
    put(path.join(modules, 'better-sqlite3', 'package.json'), '{"name":"better-sqlite3"}');
    const nested = path.join(modules, 'better-sqlite3', 'node_modules', 'prebuild-install');
    put(path.join(nested, 'package.json'), '{"name":"prebuild-install"}');
    put(path.join(nested, 'bin.js'));
    put(path.join(modules, 'node-gyp', 'package.json'), '{"name":"node-gyp"}');
    put(path.join(modules, 'node-gyp', 'bin', 'node-gyp.js'));
    const tools = buildTools(work);
    expect(fs.realpathSync(tools.prebuildInstall)).toBe(
      fs.realpathSync(path.join(nested, 'bin.js')),
    );
    expect(fs.realpathSync(tools.nodeGyp)).toBe(
      fs.realpathSync(path.join(modules, 'node-gyp', 'bin', 'node-gyp.js')),
    );
  });
});
