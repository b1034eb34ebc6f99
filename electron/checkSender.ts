import type { ApiError } from '../db/api.js';
import { ArchiveError } from '../db/errors.js';
import { APP_HOST, APP_SCHEME } from './rendererUrl.js';

/** The refusal, naming its catalog message so that the window says it in its own language. */
function refused(): ApiError {
  return new ArchiveError('refused', 'errors.checkSender.refused').toApiError();
}

/**
 * Whether a frame may call the archive: only the app's own renderer page, served on the app's
 * scheme, may. Anything else (a remote page, a local file, another page of the app's origin, a
 * frame that has gone away) is refused, so a page that somehow ended up in the window cannot
 * read or change the archive.
 */
export function checkSender(frameUrl: string | null | undefined): ApiError | null {
  if (!frameUrl) return refused();
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return refused();
  }
  const own =
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === '/index.html';
  return own ? null : refused();
}
