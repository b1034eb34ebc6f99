import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { gridKeyTarget, type GridCell } from './gridKeyTarget.js';

/** Keys pressed inside a control of a header cell (a filter's field, a menu) are the control's. */
const OWN_KEYS = 'input, textarea, select, [role="dialog"], [role="menu"], [role="listbox"]';

export interface GridKeysOptions {
  body: RefObject<HTMLTableSectionElement | null>;
  head: RefObject<HTMLTableSectionElement | null>;
  rowCount: number;
  columnCount: number;
  /** Rows that fit in the view: how far Page Up and Page Down move. */
  pageRows: () => number;
  /** Brings a row into the page and the view (the virtualizer scrolls to it). */
  scrollToRow: (row: number) => void;
  /** Opens the record of a row, when its page has come. */
  open: (row: number) => void;
}

/**
 * The ARIA grid's keyboard: one active cell (the tab stop), moved by the navigation keys across
 * all rows (the row is scrolled into the page first, then focused), Enter or Space to open, and
 * Down or the side arrows from the header's buttons.
 */
export function useGridKeys(options: GridKeysOptions) {
  const { body, head, rowCount, columnCount, pageRows, scrollToRow, open } = options;
  const [active, setActive] = useState<GridCell>({ row: 0, col: 0 });
  // The cell a move asked for. Kept apart from `active`: a render that happens between the key
  // and the state update (a scroll, a page arriving) must not focus the cell being left.
  const focusWanted = useRef<GridCell | null>(null);

  useEffect(() => {
    // After a move, the cell is focused once its row is in the page.
    const wanted = focusWanted.current;
    if (!wanted) return;
    const tr = body.current?.querySelector(`tr[aria-rowindex="${wanted.row + 2}"]`);
    const td = tr?.children[wanted.col] as HTMLElement | undefined;
    if (td) {
      focusWanted.current = null;
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
    focusWanted.current = cell;
    scrollToRow(cell.row);
  };
  const extent = () => ({ rows: rowCount, columns: columnCount, pageRows: pageRows() });

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
      event.preventDefault();
      open(from.row);
    }
  };
  const onHeadKey = (event: KeyboardEvent<HTMLTableRowElement>) => {
    const target = event.target as HTMLElement;
    const th = target.closest('th');
    if (!th || target.closest(OWN_KEYS) || target.getAttribute('aria-expanded') === 'true') return;
    if (!['ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(event.key)) return;
    const next = gridKeyTarget(event, { row: -1, col: th.cellIndex }, extent());
    if (!next) return;
    event.preventDefault();
    moveTo(next);
  };
  const onCellFocus = (row: number, col: number) =>
    setActive((c) => (c.row === row && c.col === col ? c : { row, col }));
  /** A new query: the first row becomes the active one, in the same column. */
  const reset = () => setActive((c) => (c.row === 0 ? c : { row: 0, col: c.col }));

  return { active, onBodyKey, onHeadKey, onCellFocus, reset };
}
