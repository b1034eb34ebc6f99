import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { API_METHODS } from '../../db/api.js';
import { BRIDGE_METHODS } from '../bridgeMethods.js';

// Bundled as scripts/build-node.mjs bundles it: one CommonJS file that only requires electron,
// as a sandboxed preload must be.
async function bundlePreload(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, '..', 'preload.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Runs the preload bundle against a stand-in for Electron's two preload modules. */
function runPreload(code: string) {
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => {
        exposed[key] = value;
      },
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve({ ok: true, value: null });
      },
    },
  };
  const required: string[] = [];
  const require = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`the preload may not require ${name}`);
    return electron;
  };
  const module = { exports: {} };
  vm.runInNewContext(code, { require, module, exports: module.exports });
  return { exposed, invoked, required };
}

describe('the preload', () => {
  test('exposes exactly the API methods', () => {
    expect([...BRIDGE_METHODS].sort()).toEqual([...API_METHODS].sort());
  });

  test('stays small and does not bundle zod or anything but electron', async () => {
    const code = await bundlePreload();
    expect(code).not.toMatch(/zod|ZodError/);
    expect(code.length).toBeLessThan(4_000);
    expect(runPreload(code).required).toEqual(['electron']);
  });

  test('window.archive has one function per method, each calling its own channel', async () => {
    const { exposed, invoked } = runPreload(await bundlePreload());
    expect(Object.keys(exposed)).toEqual(['archive']);
    const archive = exposed.archive as Record<string, (input: unknown, extra?: unknown) => unknown>;
    expect(Object.keys(archive).sort()).toEqual([...API_METHODS].sort());
    for (const method of API_METHODS) {
      expect(typeof archive[method]).toBe('function');
      await archive[method]?.({ probe: method }, 'ignored');
    }
    expect(invoked).toEqual(API_METHODS.map((m) => [`archive:${m}`, { probe: m }]));
  });
});
