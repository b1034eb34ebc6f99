import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiError } from '../db/api.js';

const REFUSED: ApiError = {
  code: 'refused',
  message:
    'This request did not come from the archive window, so it was refused and nothing was changed. ' +
    'Close other windows and restart Secretariat Archive if this keeps happening.',
};

function samePath(a: string, b: string): boolean {
  const left = path.resolve(a);
  const right = path.resolve(b);
  // Windows paths compare without case: the drive letter alone may differ in case.
  return process.platform === 'win32' ? left.toLowerCase() === right.toLowerCase() : left === right;
}

/**
 * Whether a frame may call the archive: only the app's own renderer page, loaded from disk, may.
 * Anything else (a remote page, another local file, a frame that has gone away) is refused,
 * so a page that somehow ended up in the window cannot read or change the archive.
 */
export function checkSender(
  frameUrl: string | null | undefined,
  rendererIndex: string,
): ApiError | null {
  if (!frameUrl) return REFUSED;
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return REFUSED;
  }
  if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return REFUSED;
  url.hash = '';
  url.search = '';
  let file: string;
  try {
    file = fileURLToPath(url);
  } catch {
    return REFUSED;
  }
  return samePath(file, rendererIndex) ? null : REFUSED;
}
