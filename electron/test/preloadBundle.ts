import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';

// Bundled as scripts/build-node.mjs bundles it: one CommonJS file that only requires electron,
// as a sandboxed preload must be.
export async function bundlePreload(): Promise<string> {
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
export function runPreload(code: string) {
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const subscribed = new Map<string, Set<(...args: unknown[]) => void>>();
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => {
        exposed[key] = value;
      },
    },
    ipcRenderer: {
      sendSync: (channel: string) => (channel === 'language:get' ? 'ru' : undefined),
      send: (...args: unknown[]) => {
        invoked.push(args);
      },
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve({ ok: true, value: null });
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        const set = subscribed.get(channel) ?? new Set();
        set.add(listener);
        subscribed.set(channel, set);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        subscribed.get(channel)?.delete(listener);
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
  const send = (channel: string, ...args: unknown[]) => {
    for (const listener of subscribed.get(channel) ?? []) listener({ sender: 'main' }, ...args);
  };
  return { exposed, invoked, required, send, subscribed };
}
