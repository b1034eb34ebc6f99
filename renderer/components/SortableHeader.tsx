import type { Header } from '@tanstack/react-table';
import type { Row } from '../../db/api.js';
import { t } from '../messages.js';
import type { RecordTableFeatures } from './recordTableFeatures.js';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A column header whose label is a button: click sorts ascending, then descending, then not at
 * all; Shift-click adds the column to the sort instead of replacing it.
 */
export function SortableHeader({
  header,
  sortCount,
}: {
  header: Header<RecordTableFeatures, Row, unknown>;
  sortCount: number;
}) {
  const { column } = header;
  const label = typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id;
  const sorted = column.getIsSorted();
  const look = column.columnDef.meta;
  const index = column.getSortIndex();
  const state = sorted ? t(sorted === 'asc' ? 'table.sortAsc' : 'table.sortDesc') : '';
  return (
    <th
      scope="col"
      aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}
      className={look?.align === 'end' ? 'align-end' : undefined}
    >
      <button
        type="button"
        className="sort-button"
        onClick={column.getToggleSortingHandler()}
        title={t('table.sortHint')}
      >
        <span className="sort-label">{label}</span>
        <span className="sort-mark" aria-hidden="true" data-dir={sorted || 'none'}>
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          {sorted && sortCount > 1 ? <sub>{index + 1}</sub> : null}
        </span>
        {state ? (
          <span className="visually-hidden">
            {`, ${state}`}
            {sortCount > 1 ? `, ${t('table.sortOrder', { index: index + 1 })}` : ''}
          </span>
        ) : null}
      </button>
    </th>
  );
}
