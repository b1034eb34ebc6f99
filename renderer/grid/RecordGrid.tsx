import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import { type HeaderGroup, type ReactTable } from '@tanstack/react-table';
import type { Row, TableName } from '../../db/api.js';
import { t } from '../messages.js';
import { GridRow } from './GridRow.js';
import { GridStatus } from './GridStatus.js';
import { useColumnWidths } from './useColumnWidths.js';
import type { RecordTableFeatures } from './recordTableFeatures.js';
import { SortableHeader } from './SortableHeader.js';
import { PENDING_ROW, type RecordWindow } from './useRecordWindow.js';
import { useGridKeys } from './useGridKeys.js';
import { useKeptScroll } from './useKeptScroll.js';
import { useScaledRows } from './useScaledRows.js';
import { useSlashFocusesSearch } from './useSlashFocusesSearch.js';
import { useHeaderNeeds } from './useHeaderNeeds.js';

/** The height of a row in pixels: --row-height in styles/base.css. */
export const ROW_PX = 32;
/**
 * Rows laid out beyond each edge of the view. Few: a scroll's rows render in the scroll's own
 * frame (useScaledRows), so rows past the edge are seldom seen, while every row in the page is
 * made, laid out and painted in each frame of a fast drag (10 a side were 20 of its 45 rows).
 * Pages are asked by 200 rows with their neighbours, so fewer rows here do not delay a fetch.
 */
const OVERSCAN = 3;

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
 * of them (scaled down past the browser's tallest element: useScaledRows), but only the rows in view are in the page, fetched by pages as they come into view.
 * One cell is the grid's tab stop; arrow keys, Home, End, Page Up and Page Down move it.
 */
export function RecordGrid(props: RecordGridProps) {
  const { grid, label, bodyId, table, records, emptyText, onOpen } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const keysId = useId();
  const [headHeight, setHeadHeight] = useState(ROW_PX + 1);
  const rows = grid.getRowModel().rows;
  const columns = grid.getAllLeafColumns();
  useSlashFocusesSearch(scroller);
  useKeptScroll(scroller);

  // Right after a new query the range is the old scroll position's: its pages are not asked.
  const awaitingTop = useRef(false);
  const { show } = records;
  const placed = useScaledRows({
    scroller,
    count: records.rowCount,
    rowPx: ROW_PX,
    headPx: headHeight,
    overscan: OVERSCAN,
    // A scroll asks its pages as it comes, before the rows render (a jump's rows come sooner).
    onRange: (start, end) => {
      if (!awaitingTop.current) show(start, end);
    },
  });
  const items = placed.rows;
  const { scrollToTop } = placed;
  const firstItem = items[0];
  const lastItem = items[items.length - 1];
  const from = firstItem?.index ?? 0;
  const to = lastItem ? lastItem.index + 1 : 0;

  useLayoutEffect(() => {
    // The header grows when a filter shows in it; rows are laid out below it. Observed rather
    // than read after every render: a read there lays out each page of rows as it comes, and
    // again when the frame does. Its new height shows in the same frame (flushSync).
    const el = head.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      const height = el.offsetHeight;
      if (height) flushSync(() => setHeadHeight(height));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A new query starts again from its first row, as a reader expects.
  const shownKey = useRef(records.queryKey);
  useLayoutEffect(() => {
    if (shownKey.current === records.queryKey) return;
    shownKey.current = records.queryKey;
    awaitingTop.current = true;
    scrollToTop();
    keys.reset();
  }, [records.queryKey, scrollToTop]);

  useEffect(() => {
    if (awaitingTop.current && from > 0) return;
    awaitingTop.current = false;
    show(from, to);
  }, [from, to, show, records.queryKey]);

  // A mark when a query's first rows are in the page, naming the query, for the benchmark
  // (bench/gridMeasure.ts).
  const marked = useRef('');
  const firstRecord = rows[from - records.first]?.original;
  const settled =
    records.answered &&
    !records.stale &&
    (records.rowCount === 0 || (firstRecord !== undefined && firstRecord !== PENDING_ROW));
  useLayoutEffect(() => {
    if (!settled || marked.current === records.queryKey) return;
    marked.current = records.queryKey;
    performance.clearMarks('grid-rows');
    performance.mark('grid-rows', { detail: records.queryKey });
  }, [settled, records.queryKey]);

  const keys = useGridKeys({
    body,
    head,
    rowCount: records.rowCount,
    columnCount: columns.length,
    pageRows: () => {
      const height = (scroller.current?.clientHeight ?? 0) - headHeight;
      return Math.max(1, Math.floor(height / ROW_PX) - 1);
    },
    scrollToRow: placed.scrollToRow,
    open: (row) => {
      const record = rows[row - records.first]?.original;
      if (record && record !== PENDING_ROW) onOpen(record);
    },
  });
  const { active } = keys;
  // Stable for the grid's life, so that a memoised row renders again only when it changed.
  const latest = useRef({ onOpen, onCellFocus: keys.onCellFocus, onHeadKey: keys.onHeadKey });
  latest.current = { onOpen, onCellFocus: keys.onCellFocus, onHeadKey: keys.onHeadKey };
  const openRecord = useCallback((record: Row) => latest.current.onOpen(record), []);
  const onHeadKey = useCallback(
    (event: KeyboardEvent<HTMLTableRowElement>) => latest.current.onHeadKey(event),
    [],
  );
  const onCellFocus = useCallback(
    (row: number, col: number) => latest.current.onCellFocus(row, col),
    [],
  );
  const defs = columns.map((column) => column.columnDef);
  const looksKey = useRef(defs);
  if (
    defs.length !== looksKey.current.length ||
    defs.some((def, i) => def !== looksKey.current[i])
  ) {
    looksKey.current = defs;
  }
  const looks = looksKey.current;
  const needs = useHeaderNeeds(
    head,
    columns.map((column) => column.id),
  );
  const widths = useColumnWidths(
    scroller,
    columns.map((column) => ({
      id: column.id,
      look: column.columnDef.meta,
      need: needs[column.id],
    })),
  );

  // The tab stop is the active cell while its row is in the page, else the first row shown.
  const tabRow = items.some((item) => item.index === active.row) ? active.row : from;
  const { padTop, padBottom } = placed;
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
              <col key={column.id} style={{ width: widths[column.id] }} />
            ))}
          </colgroup>
          <GridHead
            headRef={head}
            groups={grid.getHeaderGroups()}
            sortKey={JSON.stringify(grid.state.sorting)}
            sortCount={sortCount}
            onHeadKey={onHeadKey}
          />
          <tbody id={bodyId} ref={body} onKeyDown={keys.onBodyKey}>
            {spacer(padTop)}
            {items.map((item) => {
              const row = rows[item.index - records.first];
              return (
                <GridRow
                  key={item.index}
                  index={item.index}
                  row={row}
                  record={row?.original}
                  columns={columns}
                  looks={looks}
                  tabCol={item.index === tabRow ? active.col : -1}
                  onOpen={openRecord}
                  onCellFocus={onCellFocus}
                />
              );
            })}
            {spacer(padBottom)}
          </tbody>
        </table>
        {records.rowCount === 0 && !records.error ? (
          <p className="table-empty">{emptyText}</p>
        ) : null}
      </div>
      <p id={keysId} className="visually-hidden">
        {t('grid.keys')}
      </p>
    </>
  );
}

interface GridHeadProps {
  headRef: RefObject<HTMLTableSectionElement | null>;
  groups: HeaderGroup<RecordTableFeatures, Row>[];
  /** The sort as text: a header shows its column's place in it. */
  sortKey: string;
  sortCount: number;
  /** Stable for the grid's life. */
  onHeadKey: (event: KeyboardEvent<HTMLTableRowElement>) => void;
}

/**
 * The header row, rendered again only when the columns or the sort change (or a header's own
 * state or the table tools): a scroll renders the rows that came into view, not the headers.
 */
const GridHead = memo(function GridHead(props: GridHeadProps) {
  const { headRef, groups, sortCount, onHeadKey } = props;
  return (
    <thead ref={headRef}>
      {groups.map((group) => (
        <tr key={group.id} aria-rowindex={1} onKeyDown={onHeadKey}>
          {group.headers.map((header) => (
            <SortableHeader key={header.id} header={header} sortCount={sortCount} />
          ))}
        </tr>
      ))}
    </thead>
  );
});
