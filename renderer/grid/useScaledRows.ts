import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { scrollCap } from './scrollCap.js';

/** A row the grid lays out, and where its top sits in the scroll area's content. */
export interface PlacedRow {
  index: number;
  top: number;
}

export interface ScaledRows {
  rows: PlacedRow[];
  /** The space above the first row laid out and below the last, under the header. */
  padTop: number;
  padBottom: number;
  /** Scrolls as little as puts the row in view below the header. */
  scrollToRow: (index: number) => void;
  scrollToTop: () => void;
}

interface Options {
  scroller: RefObject<HTMLElement | null>;
  count: number;
  rowPx: number;
  headPx: number;
  overscan: number;
  /**
   * Told the rows a scroll brings into view (from, to: overscan included) as the scroll comes,
   * before React renders them, so that their pages are asked a render sooner.
   */
  onRange?: (from: number, to: number) => void;
}

interface View {
  top: number;
  height: number;
}

/**
 * The rows in view of a scroll area too tall for the browser: a browser lays out no element
 * taller than about 33.5 million pixels (1,048,576 rows of 32), so the rows' height is capped at
 * scrollCap() and a scroll position stands for the position scaled by the ratio of the two
 * ranges; the rows in view are laid out at their true height where the view is. Under the cap
 * the ratio is 1 and a scroll renders again only when the rows in view change.
 */
export function useScaledRows(options: Options): ScaledRows {
  const { scroller, count, rowPx, headPx, overscan } = options;
  const [view, setView] = useState<View>({ top: 0, height: 0 });
  // A scroll the grid made itself stands for exactly the place it was asked to reach.
  const pinned = useRef<{ real: number; virtual: number } | null>(null);

  const geometry = (height: number) => {
    const virtualRows = count * rowPx;
    const realRows = Math.min(virtualRows, Math.max(0, scrollCap() - headPx));
    const realMax = headPx + realRows - height;
    const virtualMax = headPx + virtualRows - height;
    const scale = realMax > 0 && virtualMax > realMax ? virtualMax / realMax : 1;
    return { realRows, scale };
  };
  const virtualTop = (top: number, scale: number) =>
    pinned.current && pinned.current.real === top ? pinned.current.virtual : top * scale;
  const spanOf = (v: View) => {
    const { scale } = geometry(v.height);
    const vTop = virtualTop(v.top, scale);
    const from = Math.max(0, Math.floor(vTop / rowPx) - overscan);
    const to = Math.min(count, Math.ceil((vTop + v.height - headPx) / rowPx) + overscan);
    return { from, to, vTop, scale };
  };
  const rangeOf = (v: View) => {
    const { from, to, vTop, scale } = spanOf(v);
    // Scaled, the rows move against the content with every scroll; else only the range counts.
    return `${from}:${to}:${scale === 1 ? '' : vTop}`;
  };

  const latest = useRef({ view, rangeOf, spanOf, onRange: options.onRange });
  latest.current = { view, rangeOf, spanOf, onRange: options.onRange };
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const read = (now: boolean) => {
      const next = { top: el.scrollTop, height: el.clientHeight };
      const { view: shown, rangeOf: range, spanOf: span, onRange } = latest.current;
      if (next.height !== shown.height || range(next) !== range(shown)) {
        const place = () => {
          if (onRange) {
            const { from, to } = span(next);
            onRange(from, to);
          }
          setView(next);
        };
        // A scroll's rows render in the frame that scrolled, in one render with the pages they
        // ask (a store update renders at once, a scroll's state would render after the paint).
        if (now) flushSync(place);
        else place();
      } else latest.current.view = next;
    };
    read(false);
    const onChange = () => read(true);
    const observer = new ResizeObserver(onChange);
    observer.observe(el);
    el.addEventListener('scroll', onChange, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', onChange);
    };
  }, [scroller]);

  const { realRows, scale } = geometry(view.height);
  const vTop = virtualTop(view.top, scale);
  const from = Math.max(0, Math.floor(vTop / rowPx) - overscan);
  const to = Math.min(count, Math.ceil((vTop + view.height - headPx) / rowPx) + overscan);
  // Where row `from` sits in the content: where the view is, shifted as the scaled place says.
  const firstTop = scale === 1 ? headPx + from * rowPx : view.top + headPx + from * rowPx - vTop;
  const rows: PlacedRow[] = [];
  for (let index = from; index < to; index++) {
    rows.push({ index, top: firstTop + (index - from) * rowPx });
  }
  const padTop = Math.max(0, firstTop - headPx);
  const padBottom = Math.max(0, realRows - padTop - rows.length * rowPx);

  const scrollToRow = useCallback(
    (index: number) => {
      const el = scroller.current;
      if (!el) return;
      const height = el.clientHeight;
      const g = geometry(height);
      const now = virtualTop(el.scrollTop, g.scale);
      const rowTop = index * rowPx;
      let target = now;
      if (rowTop < now) target = rowTop;
      else if (headPx + rowTop + rowPx > now + height) target = headPx + rowTop + rowPx - height;
      if (target === now) return;
      const real = Math.round(target / g.scale);
      pinned.current = { real, virtual: target };
      el.scrollTop = real;
      // The browser may clamp or round the place: the pin holds only for the place it took.
      pinned.current = { real: el.scrollTop, virtual: target };
    },
    // geometry and virtualTop read only count, rowPx and headPx.
    [scroller, count, rowPx, headPx],
  );
  const scrollToTop = useCallback(() => {
    pinned.current = null;
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [scroller]);

  return { rows, padTop, padBottom, scrollToRow, scrollToTop };
}
