import type { TableName } from '../../db/api.js';
import { t } from '../messages.js';
import { MatchCount } from './MatchCount.js';
import { QueryProgress } from './QueryProgress.js';
import type { RecordWindow } from './useRecordWindow.js';

/** The line above a grid: how many records match, and how a slow search is going. */
export function GridStatus({ table, records }: { table: TableName; records: RecordWindow }) {
  return (
    <div className="grid-status">
      <MatchCount table={table} total={records.total} stopped={records.stopped} />
      {records.stopped ? (
        <p className="grid-stopped">
          {t('grid.stopped')}{' '}
          <button type="button" onClick={records.retry}>
            {t('grid.searchAgain')}
          </button>
        </p>
      ) : (
        <QueryProgress since={records.waitingSince} onCancel={records.stop} />
      )}
    </div>
  );
}
