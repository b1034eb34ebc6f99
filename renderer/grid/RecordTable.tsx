import { useId, useMemo } from 'react';
import { useTable, type SortingState, type Updater } from '@tanstack/react-table';
import type { Row, Sort, TableName } from '../../db/api.js';
import { t } from '../messages.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { RecordGrid } from './RecordGrid.js';
import { recordTableFeatures, type RecordColumn } from './recordTableFeatures.js';
import { TableToolbar } from '../tableTools/TableToolbar.js';
import { HeaderToolsContext } from '../tableTools/tableToolsContext.js';
import { useRecordWindow } from './useRecordWindow.js';
import { useTableTools } from '../tableTools/useTableTools.js';

export interface RecordTableProps {
  table: TableName;
  /** The table's accessible name. */
  label: string;
  /**
   * The screen's columns, shown by default; keep them at module scope, as TanStack Table expects
   * stable columns. The user may hide them, reorder them, resize them and show other fields.
   */
  columns: RecordColumn[];
  onOpen: (row: Row) => void;
  /** The search, when another screen shares it (the Visits table and the timeline). */
  search?: string;
  onSearchChange?: (text: string) => void;
}

/**
 * A read-only table over one archive table. Its filters, search, sort and columns are one state,
 * remembered between runs and saved as views (useTableTools); TanStack Table holds the sort and
 * page state in manual mode, and the archive filters, sorts and pages.
 */
export function RecordTable({
  table,
  label,
  columns,
  onOpen,
  search: sharedSearch,
  onSearchChange,
}: RecordTableProps) {
  const bodyId = useId();
  const tools = useTableTools(table, columns);
  const { sorting } = tools;
  const where = tools.state.where;
  const search = sharedSearch ?? tools.state.search;
  const { setSearch } = tools;

  const shown = tools.columns;
  const fields = useMemo(() => ['id', ...shown.map((c) => c.id ?? '')], [shown]);
  const sort = sorting.map((s): Sort => ({ field: s.id, dir: s.desc ? 'desc' : 'asc' }));
  // A new search, filter, order or column set starts again from the first row (RecordGrid).
  const records = useRecordWindow({ table, columns: fields, sort, search, where });
  // A new search's first page is asked with the key, before the table renders it.
  const { expect } = records;
  const onSearch = (text: string) => {
    expect({ table, columns: fields, sort, search: text, where });
    (onSearchChange ?? setSearch)(text);
  };

  const grid = useTable({
    features: recordTableFeatures,
    columns: shown,
    data: records.rows,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => tools.onSortingChange(updater),
    manualSorting: true,
    manualPagination: true,
    sortDescFirst: false,
    // Rows not fetched yet have no id; their position among all rows names them.
    getRowId: (row, index) =>
      row.id == null ? `pending-${records.first + index}` : String(row.id),
  });
  const loading = records.rowCount === 0 && records.total === null && !records.error;

  return (
    <div className="record-table">
      <TableToolbar
        table={table}
        label={label}
        tools={tools}
        search={search}
        onSearch={onSearch}
        onTyping={records.postpone}
        exportQuery={{
          table,
          where,
          columns: fields.slice(1),
          sort,
          ...(search ? { search } : {}),
        }}
        total={records.total}
      />
      {records.error ? (
        <ErrorAlert
          message={records.error}
          actionLabel={t('errors.retry')}
          onDismiss={records.retry}
        />
      ) : null}
      <HeaderToolsContext.Provider value={tools.header}>
        <RecordGrid
          grid={grid}
          label={label}
          bodyId={bodyId}
          table={table}
          records={records}
          emptyText={
            loading
              ? t('table.loading')
              : search
                ? t('table.noMatch', { search })
                : where.length > 0
                  ? t('filter.noMatch')
                  : t('table.noRows')
          }
          onOpen={onOpen}
        />
      </HeaderToolsContext.Provider>
    </div>
  );
}
