import { useEffect, type RefObject } from 'react';

/** Where a typed `/` is text, or belongs to an open panel, and must not be taken. */
const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog';

/**
 * `/` anywhere outside a text field focuses the search box of the table shown, as in Gmail,
 * GitHub and many file lists. `anchor` is an element inside the table: a hidden table (another
 * section is shown) leaves the key alone.
 */
export function useSlashFocusesSearch(anchor: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(TYPING)) return;
      const own = anchor.current;
      if (!own || own.offsetParent === null) return;
      const box = own
        .closest('.record-table')
        ?.querySelector<HTMLInputElement>('input[type="search"]');
      if (!box) return;
      event.preventDefault();
      box.focus();
      box.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [anchor]);
}
