import { useRef, type KeyboardEvent } from 'react';
import { flexRender, type ReactTable } from '@tanstack/react-table';
import type { Row } from '../../db/api.js';
import { rowKeyTarget } from './rowKeyTarget.js';
import { SortableHeader } from './SortableHeader.js';
import type { RecordTableFeatures } from './recordTableFeatures.js';

export interface RecordGridProps {
  grid: ReactTable<RecordTableFeatures, Row>;
  /** The grid's accessible name. */
  label: string;
  bodyId: string;
  /** Where the first row shown sits among all matching records. */
  offset: number;
  total: number | null;
  loading: boolean;
  /** What the grid says when it has no row to show. */
  emptyText: string;
  onOpen: (row: Row) => void;
  activeRow: number;
  onActiveRowChange: (index: number) => void;
}

/** The rows of a record table under their headers, moved through with the keyboard. */
export function RecordGrid({
  grid,
  label,
  bodyId,
  offset,
  total,
  loading,
  emptyText,
  onOpen,
  activeRow,
  onActiveRowChange,
}: RecordGridProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  const rows = grid.getRowModel().rows;
  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    onActiveRowChange(target);
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
  const sortCount = grid.state.sorting.length;
  const setActiveRow = onActiveRowChange;
  const page = { total, loading };
  return (
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
      {rows.length === 0 ? <p className="table-empty">{emptyText}</p> : null}
    </div>
  );
}
