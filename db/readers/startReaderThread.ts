import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReaderSetup } from './readerProtocol.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Starts one reader thread. The build puts `readerWorker.mjs` beside each bundle (the CLI's and
 * Electron main's), as it does the migrations; from the sources (tests, tsx) the TypeScript file
 * is loaded through tsx, which a worker thread must register itself.
 */
export function startReaderThread(setup: ReaderSetup): Worker {
  const bundled = path.join(here, 'readerWorker.mjs');
  if (fs.existsSync(bundled)) return new Worker(bundled, { workerData: setup });
  const source = path.join(here, 'readerWorker.ts');
  // tsx's ES module entry, by path: the CommonJS one is what require() would resolve.
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(source).href)}); })`;
  return new Worker(code, { eval: true, workerData: setup });
}
