import { t, type MessageKey } from '../messages.js';

/** Links of the record merged away that move to the kept one, by kind. */
export interface MergeLinks {
  positions?: number;
  meetings?: number;
  visits?: number;
  departments?: number;
  events?: number;
}

const ORDER = ['positions', 'meetings', 'visits', 'departments', 'events'] as const;

/** "3 positions, 12 meetings", leaving out the kinds it has none of. */
export function mergeLinksText(links: MergeLinks): string {
  const parts = ORDER.flatMap((kind) => {
    const count = links[kind] ?? 0;
    return count > 0 ? [t(`merge.links.${kind}` as MessageKey, { count })] : [];
  });
  return parts.length > 0 ? parts.join(', ') : t('merge.noLinks');
}

/**
 * What a merge will do, in the words of the dialog: "Alexander Pankin will be merged into
 * Aleksandr Pankin: 3 positions, 2 meetings. The other spelling is kept as an alias."
 */
export function mergeSummary(other: string, kept: string, links: MergeLinks): string {
  return `${t('merge.summary', { other, kept, links: mergeLinksText(links) })} ${t('merge.alias')}`;
}
