import type { TableName } from '../../db/api.js';
import { t, type MessageKey } from '../messages.js';

const COUNT_KEYS: Partial<Record<TableName, MessageKey>> = {
  visits: 'grid.count.visits',
  meetings: 'grid.count.meetings',
  people: 'grid.count.people',
  organisations: 'grid.count.organisations',
  events: 'grid.count.events',
};

/** How many records the table's search and filters match: "1,234 meetings", or "Counting…". */
export function MatchCount({
  table,
  total,
  stopped,
}: {
  table: TableName;
  total: number | null;
  stopped: boolean;
}) {
  const text =
    total !== null
      ? t(COUNT_KEYS[table] ?? 'grid.count.records', { count: total })
      : stopped
        ? t('grid.notCounted')
        : t('grid.counting');
  return (
    <span className="match-count" role="status" aria-label={t('grid.matching')}>
      {text}
    </span>
  );
}
