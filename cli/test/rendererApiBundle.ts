import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import type { ApiResult } from '../../db/api.js';

/** What the renderer's `renderer/api.ts` offers, run in a page of its own. */
export interface RendererApi {
  archiveCall: (method: string, input: unknown) => Promise<unknown>;
  onArchiveChange: (listener: (change: { method: string }) => void) => () => void;
}

/**
 * The renderer's way to the archive, bundled for the browser as Vite bundles it and run against
 * a desktop window whose `window.archive` is `bridge` (the renderer may not be imported by the
 * hosts, and its page globals are not Node's).
 */
export async function rendererApi(
  bridge: Record<string, (input: unknown, session?: string) => Promise<ApiResult<unknown>>>,
): Promise<RendererApi> {
  const root = path.join(import.meta.dirname, '..', '..');
  const result = await build({
    stdin: {
      contents: [
        "export { archiveCall } from './renderer/api.ts';",
        "export { onArchiveChange } from './renderer/archiveVersion.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  const stored = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
  };
  const module = { exports: {} as RendererApi };
  vm.runInNewContext(result.outputFiles[0]?.text ?? '', {
    module,
    exports: module.exports,
    window: { archive: bridge },
    localStorage,
    crypto: globalThis.crypto,
    DOMException,
    URL,
    console,
  });
  return module.exports;
}
