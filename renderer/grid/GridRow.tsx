import { memo } from 'react';
import { flexRender, type Column, type Row as TableRow } from '@tanstack/react-table';
import type { Row } from '../../db/api.js';
import { t } from '../messages.js';
import type { RecordTableFeatures } from './recordTableFeatures.js';
import { PENDING_ROW } from './useRecordWindow.js';

/** What a cell shows is the same for a record while these are: one column definition each. */
export type CellLooks = readonly unknown[];

export interface GridRowProps {
  /** The row's place among all matching records, from 0. */
  index: number;
  /** TanStack's row for the record; it is made anew with every page, so it is not compared. */
  row: TableRow<RecordTableFeatures, Row> | undefined;
  record: Row | undefined;
  columns: Column<RecordTableFeatures, Row>[];
  /** The columns' definitions, compared one by one. */
  looks: CellLooks;
  /** The column of the grid's tab stop when it is in this row, else -1. */
  tabCol: number;
  /** Stable for the grid's life, like `columns` for the same looks: they are not compared. */
  onOpen: (record: Row) => void;
  onCellFocus: (row: number, col: number) => void;
}

function sameRow(a: GridRowProps, b: GridRowProps): boolean {
  return (
    a.index === b.index &&
    a.record === b.record &&
    a.tabCol === b.tabCol &&
    a.looks.length === b.looks.length &&
    a.looks.every((look, i) => look === b.looks[i])
  );
}

/**
 * One record's row in the grid. Rendered again only when its record, the columns or the tab stop
 * changed: a page arriving or a scroll by a row re-renders the rows that changed, not all of them.
 */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { index, row, record, tabCol, onOpen, onCellFocus } = props;
  const pending = !record || record === PENDING_ROW;
  const cells = row?.getAllCells() ?? [];
  return (
    <tr
      // Where the row sits among all matching records (the header row is row 1).
      aria-rowindex={index + 2}
      className={[index % 2 ? 'is-odd' : '', pending ? 'is-pending' : ''].join(' ').trim()}
      onClick={pending ? undefined : () => onOpen(record)}
    >
      {props.columns.map((column, col) => {
        const cell = cells[col];
        const look = column.columnDef.meta;
        const shown =
          cell && !pending ? flexRender(cell.column.columnDef.cell, cell.getContext()) : null;
        return (
          <td
            key={column.id}
            tabIndex={col === tabCol ? 0 : -1}
            className={look?.align === 'end' ? 'align-end' : undefined}
            title={typeof shown === 'string' && shown.length > 20 ? shown : undefined}
            onFocus={() => onCellFocus(index, col)}
          >
            {pending && col === 0 ? (
              <span className="visually-hidden">{t('grid.loadingRow')}</span>
            ) : (
              shown
            )}
          </td>
        );
      })}
    </tr>
  );
}, sameRow);
