import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built renderer beside the running module: `dist/renderer` seen from the bundle in
 * `dist/cli`, or from the sources in `cli/`. Null when it has not been built.
 */
export function findRendererDir(moduleUrl: string = import.meta.url): string | null {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const bundled = path.basename(here) === 'cli' && path.basename(path.dirname(here)) === 'dist';
  const dir = bundled ? path.resolve(here, '../renderer') : path.resolve(here, '../dist/renderer');
  return fs.existsSync(path.join(dir, 'index.html')) ? dir : null;
}
