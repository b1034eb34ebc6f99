import type { ApiError } from '../db/api.js';
import { APP_HOST, APP_SCHEME } from './rendererUrl.js';

const REFUSED: ApiError = {
  code: 'refused',
  message:
    'This request did not come from the archive window, so it was refused and nothing was changed. ' +
    'Close other windows and restart Secretariat Archive if this keeps happening.',
};

/**
 * Whether a frame may call the archive: only the app's own renderer page, served on the app's
 * scheme, may. Anything else (a remote page, a local file, another page of the app's origin, a
 * frame that has gone away) is refused, so a page that somehow ended up in the window cannot
 * read or change the archive.
 */
export function checkSender(frameUrl: string | null | undefined): ApiError | null {
  if (!frameUrl) return REFUSED;
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return REFUSED;
  }
  const own =
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === '/index.html';
  return own ? null : REFUSED;
}
