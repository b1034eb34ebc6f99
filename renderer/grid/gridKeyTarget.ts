/** A cell of the grid: its row among ALL matching records (-1 is the header row), its column. */
export interface GridCell {
  row: number;
  col: number;
}

export interface GridExtent {
  /** Rows the grid holds (every matching record), at least 0. */
  rows: number;
  columns: number;
  /** Rows that fit in the view: how far Page Up and Page Down move. */
  pageRows: number;
}

export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * The cell a navigation key moves the focus to, as the ARIA grid pattern and spreadsheets do;
 * undefined for any other key. Up from the first row reaches the header row; no key moves past
 * the last record or the last column.
 */
export function gridKeyTarget(
  { key, ctrlKey = false, metaKey = false }: GridKey,
  from: GridCell,
  extent: GridExtent,
): GridCell | undefined {
  const lastRow = extent.rows - 1;
  const lastCol = Math.max(0, extent.columns - 1);
  const row = (to: number): GridCell => ({
    row: Math.max(Math.min(0, lastRow), Math.min(lastRow, to)),
    col: from.col,
  });
  const col = (to: number): GridCell => ({
    row: from.row,
    col: Math.max(0, Math.min(lastCol, to)),
  });
  // Cmd on a Mac plays the part of Ctrl.
  const jump = ctrlKey || metaKey;
  switch (key) {
    case 'ArrowDown':
      return row(from.row + 1);
    case 'ArrowUp':
      // The header row is the grid's first row: its cells hold the sort and filter buttons.
      return from.row <= 0 ? { row: -1, col: from.col } : row(from.row - 1);
    case 'ArrowRight':
      return col(from.col + 1);
    case 'ArrowLeft':
      return col(from.col - 1);
    case 'Home':
      return jump ? { row: Math.min(0, lastRow), col: 0 } : col(0);
    case 'End':
      return jump ? { row: lastRow, col: lastCol } : col(lastCol);
    case 'PageDown':
      return row(Math.max(0, from.row) + Math.max(1, extent.pageRows));
    case 'PageUp':
      return row(from.row - Math.max(1, extent.pageRows));
    default:
      return undefined;
  }
}
