import { createContext, useContext } from 'react';

/** What a column header needs of the table around it: its filter, its width, its place. */
export interface HeaderTools {
  /** True when the column can be filtered. */
  filterable: (column: string) => boolean;
  /** True when a filter of the column is in force. */
  filtered: (column: string) => boolean;
  /** The column whose filter is open. */
  openColumn: string | null;
  openFilter: (column: string, anchor: HTMLElement) => void;
  /** The width the user gave the column, in pixels. */
  width: (column: string) => number | undefined;
  resize: (column: string, px: number) => void;
  /** Moves a column by `delta` places (Alt+← and Alt+→ on its header). */
  move: (column: string, delta: -1 | 1) => void;
  /** Puts a dragged column where `target` is. */
  drop: (column: string, target: string) => void;
  /** The header whose button takes focus after the next render (a moved column). */
  focusAfterMove: { current: string | null };
}

export const HeaderToolsContext = createContext<HeaderTools | null>(null);

export function useHeaderTools(): HeaderTools | null {
  return useContext(HeaderToolsContext);
}
