import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  flexRender,
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
import { rowKeyTarget } from './rowKeyTarget.js';
import { SortableHeader } from './SortableHeader.js';
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
  const body = useRef<HTMLTableSectionElement>(null);
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

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setActiveRow(target);
    body.current?.rows[target]?.focus();
  };
  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: Row) => {
    const to = rowKeyTarget(event.key, index, rows.length);
    if (to !== undefined) {
      event.preventDefault();
      focusRow(to);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(row);
    }
  };
  const tabbable = Math.min(activeRow, Math.max(0, rows.length - 1));
  const sortCount = sorting.length;

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
      <div className="table-scroll">
        <table
          aria-label={label}
          aria-busy={page.loading}
          aria-rowcount={page.total === null ? -1 : page.total + 1}
        >
          <colgroup>
            {grid.getAllLeafColumns().map((column) => (
              <col key={column.id} style={{ width: column.columnDef.meta?.width }} />
            ))}
          </colgroup>
          <thead>
            {grid.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => (
                  <SortableHeader key={header.id} header={header} sortCount={sortCount} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody id={bodyId} ref={body} className={page.loading ? 'is-loading' : undefined}>
            {rows.map((row, index) => (
              <tr
                key={row.id}
                // Where the row sits among all matching records (the header row is row 1).
                aria-rowindex={offset + index + 2}
                tabIndex={index === tabbable ? 0 : -1}
                onClick={() => {
                  setActiveRow(index);
                  onOpen(row.original);
                }}
                onFocus={() => setActiveRow(index)}
                onKeyDown={(event) => onRowKey(event, index, row.original)}
              >
                {row.getAllCells().map((cell) => {
                  const look = cell.column.columnDef.meta;
                  const shown = flexRender(cell.column.columnDef.cell, cell.getContext());
                  return (
                    <td
                      key={cell.id}
                      className={look?.align === 'end' ? 'align-end' : undefined}
                      title={typeof shown === 'string' && shown.length > 20 ? shown : undefined}
                    >
                      {shown}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? (
          <p className="table-empty">
            {page.loading
              ? t('table.loading')
              : search
                ? t('table.noMatch', { search })
                : t('table.noRows')}
          </p>
        ) : null}
      </div>
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
