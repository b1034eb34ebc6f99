import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ELECTRON_NATIVE_BINDING,
  ELECTRON_NATIVE_STAMP,
  nativeBindingFor,
} from '../nativeBinding.js';

function project(stampedFor?: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  const binding = path.join(root, ELECTRON_NATIVE_BINDING);
  fs.mkdirSync(path.dirname(binding), { recursive: true });
  fs.writeFileSync(binding, '');
  if (stampedFor) {
    fs.writeFileSync(
      path.join(root, ELECTRON_NATIVE_STAMP),
      JSON.stringify({ electron: stampedFor, betterSqlite3: '12.11.1' }),
    );
  }
  return root;
}

describe('nativeBindingFor', () => {
  test('uses the Electron build when running from the project', () => {
    const root = project('45.4.1');
    expect(nativeBindingFor(root, false, '45.4.1')).toBe(path.join(root, ELECTRON_NATIVE_BINDING));
  });

  test('a packaged app loads the copy packaged beside app.asar, never the Node build', () => {
    expect(nativeBindingFor(project('45.4.1'), true, '45.4.1', '/opt/app/resources')).toBe(
      path.join('/opt/app/resources', 'better_sqlite3.node'),
    );
  });

  test('ignores a build for another Electron, or one that never finished', () => {
    expect(nativeBindingFor(project('44.0.0'), false, '45.4.1')).toBeUndefined();
    expect(nativeBindingFor(project(), false, '45.4.1')).toBeUndefined();
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
    expect(nativeBindingFor(empty, false, '45.4.1')).toBeUndefined();
  });
});
