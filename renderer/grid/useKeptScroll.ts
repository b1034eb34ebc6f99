import { useEffect, type RefObject } from 'react';

/**
 * Keeps a scroll area's place while its section is hidden: `display: none` drops the scroll
 * position, so the place last scrolled to is put back when the area shows again.
 */
export function useKeptScroll(scroller: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let kept = el.scrollTop;
    let shown = el.clientHeight > 0;
    const onScroll = () => {
      // Until the area is known to show again, a scroll is the browser's reset, not the reader's.
      if (shown && el.clientHeight > 0) kept = el.scrollTop;
    };
    const observer = new ResizeObserver(() => {
      const now = el.clientHeight > 0;
      if (now && !shown && el.scrollTop !== kept) el.scrollTop = kept;
      shown = now;
    });
    el.addEventListener('scroll', onScroll, { passive: true });
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [scroller]);
}
