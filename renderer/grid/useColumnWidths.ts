import { useLayoutEffect, useState, type RefObject } from 'react';
import { columnWidths, type ColumnRoom } from './columnLayout.js';

/**
 * The columns' widths in pixels (columnWidths), for the room the scroll area has: laid out
 * again when the window or the panel beside the table changes its width. A table not laid out
 * (a hidden section) keeps the widths it had.
 */
export function useColumnWidths(
  scroller: RefObject<HTMLElement | null>,
  columns: readonly ColumnRoom[],
): Record<string, number> {
  const [room, setRoom] = useState({ available: 0, remPx: 16 });
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      if (el.clientWidth === 0) return;
      // Whole pixels the inside surely has (clientWidth may round a fraction up): columns that
      // add up to a fraction more would be squeezed, and a header's label with them.
      const inside = el.getBoundingClientRect().width - (el.offsetWidth - el.clientWidth);
      const available = Math.floor(inside);
      const remPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      setRoom((was) =>
        was.available === available && was.remPx === remPx ? was : { available, remPx },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [scroller]);
  return columnWidths(columns, room.available, room.remPx);
}
