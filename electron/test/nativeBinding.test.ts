import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ELECTRON_NATIVE_BINDING, nativeBindingFor } from '../nativeBinding.js';

describe('nativeBindingFor', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));

  test('uses the default binary until an Electron build exists', () => {
    expect(nativeBindingFor(root, false)).toBeUndefined();
  });

  test('uses the Electron build when running from the project, never when packaged', () => {
    const file = path.join(root, ELECTRON_NATIVE_BINDING);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '');
    expect(nativeBindingFor(root, false)).toBe(file);
    expect(nativeBindingFor(root, true)).toBeUndefined();
  });
});
