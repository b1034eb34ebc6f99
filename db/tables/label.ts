/**
 * The text of a label key, as the interface shows it: the archive names fields in its files and
 * messages with the catalog's own words, so there is no second copy of a label to drift.
 */
// The catalog is plain data that the archive shares with the interface (it is to move to a folder
// of its own that both import); the renderer's code is not imported.
// eslint-disable-next-line no-restricted-imports
import { hasMessage, t } from '../../renderer/messages.js';

export function label(key: string): string {
  if (!hasMessage(key)) throw new Error(`The catalog has no label ${key}`);
  return t(key);
}
