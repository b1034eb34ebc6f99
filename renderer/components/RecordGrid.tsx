import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flexRender, type ReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Row, TableName } from '../../db/api.js';
import { t } from '../messages.js';
import { gridKeyTarget, type GridCell } from './gridKeyTarget.js';
import { GridStatus } from './GridStatus.js';
import type { RecordTableFeatures } from './recordTableFeatures.js';
import { SortableHeader } from './SortableHeader.js';
import { PENDING_ROW, type RecordWindow } from './useRecordWindow.js';
import { useKeptScroll } from './useKeptScroll.js';
import { useSlashFocusesSearch } from './useSlashFocusesSearch.js';

/** The height of a row in pixels: --row-height in styles/base.css. */
export const ROW_PX = 32;
const OVERSCAN = 10;
/** Keys pressed inside a control of a header cell (a filter's field, a menu) are the control's. */
const OWN_KEYS = 'input, textarea, select, [role="dialog"], [role="menu"], [role="listbox"]';

export interface RecordGridProps {
  grid: ReactTable<RecordTableFeatures, Row>;
  /** The grid's accessible name. */
  label: string;
  bodyId: string;
  table: TableName;
  /** The rows in view and the count, from useRecordWindow; `grid` was given its rows. */
  records: RecordWindow;
  /** What the grid says when it has no row to show. */
  emptyText: string;
  onOpen: (row: Row) => void;
}

/**
 * Every matching record under its headers, as an ARIA grid: the scroll area is as tall as all
 * of them, but only the rows in view are in the page, fetched by pages as they come into view.
 * One cell is the grid's tab stop; arrow keys, Home, End, Page Up and Page Down move it.
 */
export function RecordGrid(props: RecordGridProps) {
  const { grid, label, bodyId, table, records, emptyText, onOpen } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const keysId = useId();
  const [headHeight, setHeadHeight] = useState(ROW_PX + 1);
  const [active, setActive] = useState<GridCell>({ row: 0, col: 0 });
  const focusWanted = useRef(false);
  const rows = grid.getRowModel().rows;
  const columns = grid.getAllLeafColumns();
  useSlashFocusesSearch(scroller);
  useKeptScroll(scroller);

  const virtualizer = useVirtualizer({
    count: records.rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: OVERSCAN,
    paddingStart: headHeight,
    scrollPaddingStart: headHeight,
  });
  const items = virtualizer.getVirtualItems();
  const firstItem = items[0];
  const lastItem = items[items.length - 1];
  const from = firstItem?.index ?? 0;
  const to = lastItem ? lastItem.index + 1 : 0;

  useLayoutEffect(() => {
    // The header grows when a filter shows in it; rows are laid out below it.
    const height = head.current?.offsetHeight;
    if (height && height !== headHeight) setHeadHeight(height);
  });

  // A new query starts again from its first row, as a reader expects.
  const shownKey = useRef(records.queryKey);
  const awaitingTop = useRef(false);
  useLayoutEffect(() => {
    if (shownKey.current === records.queryKey) return;
    shownKey.current = records.queryKey;
    awaitingTop.current = true;
    virtualizer.scrollToOffset(0);
    setActive((cell) => (cell.row === 0 ? cell : { row: 0, col: cell.col }));
  }, [records.queryKey, virtualizer]);

  const { show } = records;
  useEffect(() => {
    // Right after a new query the range is the old scroll position's: its pages are not asked.
    if (awaitingTop.current && from > 0) return;
    awaitingTop.current = false;
    show(from, to);
  }, [from, to, show, records.queryKey]);

  const cellAt = (cell: GridCell): HTMLElement | undefined => {
    const tr = body.current?.querySelector(`tr[aria-rowindex="${cell.row + 2}"]`);
    return (tr?.children[cell.col] as HTMLElement | undefined) ?? undefined;
  };
  useEffect(() => {
    if (!focusWanted.current) return;
    const td = cellAt(active);
    if (td) {
      focusWanted.current = false;
      td.focus();
    }
  });

  const focusHeader = (col: number) => {
    const th = head.current?.querySelectorAll('th')[col];
    th?.querySelector<HTMLElement>('button, [tabindex]')?.focus();
  };
  const moveTo = (cell: GridCell) => {
    if (cell.row < 0) return focusHeader(cell.col);
    setActive(cell);
    focusWanted.current = true;
    virtualizer.scrollToIndex(cell.row, { align: 'auto' });
  };
  const recordAt = (index: number): Row | undefined => {
    const record = rows[index - records.first]?.original;
    return record === PENDING_ROW ? undefined : record;
  };
  const pageRows = () => {
    const height = (scroller.current?.clientHeight ?? 0) - headHeight;
    return Math.max(1, Math.floor(height / ROW_PX) - 1);
  };
  const extent = () => ({ rows: records.rowCount, columns: columns.length, pageRows: pageRows() });

  const onBodyKey = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const td = event.target as HTMLElement;
    if (td.tagName !== 'TD') return;
    const from = {
      row: Number(td.parentElement?.getAttribute('aria-rowindex')) - 2,
      col: (td as HTMLTableCellElement).cellIndex,
    };
    const target = gridKeyTarget(event, from, extent());
    if (target) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const record = recordAt(from.row);
      event.preventDefault();
      if (record) onOpen(record);
    }
  };
  const onHeadKey = (event: KeyboardEvent<HTMLTableRowElement>) => {
    const target = event.target as HTMLElement;
    const th = target.closest('th');
    if (!th || target.closest(OWN_KEYS) || target.getAttribute('aria-expanded') === 'true') return;
    const cell = { row: -1, col: th.cellIndex };
    const key = event.key;
    if (key !== 'ArrowDown' && key !== 'ArrowLeft' && key !== 'ArrowRight') return;
    const next = gridKeyTarget(event, cell, extent());
    if (!next) return;
    event.preventDefault();
    if (next.row >= 0) moveTo(next);
    else focusHeader(next.col);
  };

  // The tab stop is the active cell while its row is in the page, else the first row shown.
  const tabRow = items.some((item) => item.index === active.row) ? active.row : from;
  const padTop = firstItem ? firstItem.start - headHeight : 0;
  const padBottom = lastItem ? virtualizer.getTotalSize() - lastItem.end : 0;
  const sortCount = grid.state.sorting.length;
  const waiting = records.waitingSince !== null;
  const spacer = (height: number) =>
    height > 0 ? (
      <tr className="grid-spacer" aria-hidden="true">
        <td colSpan={columns.length} style={{ height }} />
      </tr>
    ) : null;

  return (
    <>
      <GridStatus table={table} records={records} />
      <div
        className="table-scroll"
        ref={scroller}
        style={{ scrollPaddingTop: headHeight }}
        data-stale={records.stale || undefined}
      >
        <table
          role="grid"
          aria-label={label}
          aria-describedby={keysId}
          aria-readonly="true"
          aria-busy={waiting}
          aria-rowcount={records.total === null ? -1 : records.total + 1}
          aria-colcount={columns.length}
        >
          <colgroup>
            {columns.map((column) => (
              <col key={column.id} style={{ width: column.columnDef.meta?.width }} />
            ))}
          </colgroup>
          <thead ref={head}>
            {grid.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1} onKeyDown={onHeadKey}>
                {group.headers.map((header) => (
                  <SortableHeader key={header.id} header={header} sortCount={sortCount} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody id={bodyId} ref={body} onKeyDown={onBodyKey}>
            {spacer(padTop)}
            {items.map((item) => {
              const row = rows[item.index - records.first];
              const record = row?.original;
              const pending = !record || record === PENDING_ROW;
              const cells = row?.getAllCells();
              return (
                <tr
                  key={item.index}
                  // Where the row sits among all matching records (the header row is row 1).
                  aria-rowindex={item.index + 2}
                  className={[item.index % 2 ? 'is-odd' : '', pending ? 'is-pending' : '']
                    .join(' ')
                    .trim()}
                  onClick={pending ? undefined : () => onOpen(record)}
                >
                  {columns.map((column, col) => {
                    const cell = cells?.[col];
                    const look = column.columnDef.meta;
                    const shown =
                      cell && !pending
                        ? flexRender(cell.column.columnDef.cell, cell.getContext())
                        : null;
                    return (
                      <td
                        key={column.id}
                        tabIndex={item.index === tabRow && col === active.col ? 0 : -1}
                        className={look?.align === 'end' ? 'align-end' : undefined}
                        title={typeof shown === 'string' && shown.length > 20 ? shown : undefined}
                        onFocus={() =>
                          setActive((c) =>
                            c.row === item.index && c.col === col ? c : { row: item.index, col },
                          )
                        }
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
            })}
            {spacer(padBottom)}
          </tbody>
        </table>
        {records.rowCount === 0 ? <p className="table-empty">{emptyText}</p> : null}
      </div>
      <p id={keysId} className="visually-hidden">
        {t('grid.keys')}
      </p>
    </>
  );
}
