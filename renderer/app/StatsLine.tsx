import type { ArchiveStats } from '../../db/api.js';
import { t, type MessageKey } from '../messages.js';

const SHOWN = [
  ['visits', 'stats.visits'],
  ['meetings', 'stats.meetings'],
  ['people', 'stats.people'],
  ['organisations', 'stats.organisations'],
  ['events', 'stats.events'],
] as const satisfies readonly (readonly [keyof ArchiveStats['counts'], MessageKey])[];

/** How many records the archive holds, so a user sees at a glance what is there. */
export function StatsLine({ stats }: { stats: ArchiveStats | undefined }) {
  if (!stats) return null;
  return (
    <ul className="stats-line" aria-label={t('stats.label')}>
      {SHOWN.map(([table, key]) => (
        <li key={table}>{t(key, { count: stats.counts[table] })}</li>
      ))}
    </ul>
  );
}
