import type { SavedView } from '../../db/api.js';
import { compareText } from '../../i18n/compareText.js';

/**
 * A table's saved views in the order of the interface's language (`Intl.Collator`): the archive
 * answers them in one order for every language, and Russian puts Cyrillic names first.
 */
export function inViewOrder(views: readonly SavedView[]): SavedView[] {
  return [...views].sort((a, b) => compareText(a.name, b.name));
}
