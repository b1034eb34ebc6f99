import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts the worker thread `<name>` that lives beside the module at `moduleUrl`. The build puts
 * `<name>.mjs` beside each bundle (the CLI's and Electron main's); from the sources (tests, tsx)
 * `<name>.ts` is loaded through tsx, which a worker thread must register itself.
 */
export function startWorkerBeside(moduleUrl: string, name: string, workerData: unknown): Worker {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const bundled = path.join(here, `${name}.mjs`);
  if (fs.existsSync(bundled)) return new Worker(bundled, { workerData });
  const source = path.join(here, `${name}.ts`);
  // tsx's ES module entry, by path: the CommonJS one is what require() would resolve.
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(source).href)}); })`;
  return new Worker(code, { eval: true, workerData });
}
