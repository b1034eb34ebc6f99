import { useCallback, useId, useMemo, useState } from 'react';
import {
  functionalUpdate,
  useTable,
  type PaginationState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import type { Row, TableName } from '../../db/api.js';
import { t } from '../messages.js';
import { ErrorAlert } from './ErrorAlert.js';
import { ExportCsvButton } from './ExportCsvButton.js';
import { Pager } from './Pager.js';
import { SearchField } from './SearchField.js';
import { RecordGrid } from './RecordGrid.js';
import { recordTableFeatures, type RecordColumn } from './recordTableFeatures.js';
import { usePagedRecords } from './usePagedRecords.js';

export const PAGE_SIZE = 50;

export interface RecordTableProps {
  table: TableName;
  /** The table's accessible name. */
  label: string;
  /** Column definitions; keep them at module scope, as TanStack Table expects stable columns. */
  columns: RecordColumn[];
  onOpen: (row: Row) => void;
  /** The search, when another screen shares it (the Visits table and the timeline). */
  search?: string;
  onSearchChange?: (text: string) => void;
}

/**
 * A read-only table over one archive table. TanStack Table holds the sort and page state in
 * manual mode; the archive sorts and pages, so the renderer holds one page of rows at a time.
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
  const [sorting, setSorting] = useState<SortingState>([]);
  const [pagination, setPagination] = useState<PaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  });
  const [activeRow, setActiveRow] = useState(0);
  const [ownSearch, setOwnSearch] = useState('');
  const search = sharedSearch ?? ownSearch;
  const [searched, setSearched] = useState(search);
  if (searched !== search) {
    // A new search, typed here or set on another screen, starts again from its first page.
    setSearched(search);
    setPagination((p) => ({ ...p, pageIndex: 0 }));
    setActiveRow(0);
  }
  const onSearch = useCallback(
    (text: string) => (onSearchChange ?? setOwnSearch)(text),
    [onSearchChange],
  );

  const fields = useMemo(() => ['id', ...columns.map((c) => c.id ?? '')], [columns]);
  const offset = pagination.pageIndex * pagination.pageSize;
  const page = usePagedRecords({
    table,
    columns: fields,
    sort: sorting.map((s) => ({ field: s.id, dir: s.desc ? 'desc' : 'asc' })),
    offset,
    limit: pagination.pageSize,
    search,
  });

  const grid = useTable({
    features: recordTableFeatures,
    columns,
    data: page.rows,
    state: { sorting, pagination },
    onSortingChange: (updater: Updater<SortingState>) => {
      setSorting((old) => functionalUpdate(updater, old));
      // A new order starts again from its first page, as a reader expects.
      setPagination((p) => ({ ...p, pageIndex: 0 }));
      setActiveRow(0);
    },
    onPaginationChange: setPagination,
    manualSorting: true,
    manualPagination: true,
    autoResetPageIndex: false,
    rowCount: page.total ?? undefined,
    sortDescFirst: false,
    getRowId: (row) => String(row.id),
  });

  const rows = grid.getRowModel().rows;
  const canNext =
    page.total === null
      ? page.rows.length === pagination.pageSize
      : offset + page.rows.length < page.total;
  const turn = (delta: number) => {
    setPagination((p) => ({ ...p, pageIndex: Math.max(0, p.pageIndex + delta) }));
    setActiveRow(0);
  };

  return (
    <div className="record-table">
      <SearchField label={t('search.label', { table: label })} value={search} onSearch={onSearch} />
      <ExportCsvButton
        query={{
          table,
          columns: fields.slice(1),
          sort: sorting.map((s) => ({ field: s.id, dir: s.desc ? 'desc' : 'asc' })),
          ...(search ? { search } : {}),
        }}
        total={page.total}
      />
      {page.error ? (
        <ErrorAlert message={page.error} actionLabel={t('errors.retry')} onDismiss={page.retry} />
      ) : null}
      <RecordGrid
        grid={grid}
        label={label}
        bodyId={bodyId}
        offset={offset}
        total={page.total}
        loading={page.loading}
        emptyText={
          page.loading
            ? t('table.loading')
            : search
              ? t('table.noMatch', { search })
              : t('table.noRows')
        }
        onOpen={onOpen}
        activeRow={activeRow}
        onActiveRowChange={setActiveRow}
      />
      <Pager
        offset={offset}
        shown={rows.length}
        total={page.total}
        canPrevious={pagination.pageIndex > 0}
        canNext={canNext}
        onPrevious={() => turn(-1)}
        onNext={() => turn(1)}
        controls={bodyId}
      />
    </div>
  );
}
