import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { headerNeed } from './headerNeed.js';

type Needs = Readonly<Record<string, number>>;

const same = (a: Needs, b: Needs) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);

/** Each header's need, by id; a header not laid out keeps what it had (`was`). */
function measureNeeds(head: HTMLElement, ids: readonly string[], was: Needs): Needs {
  const next: Record<string, number> = {};
  head.querySelectorAll<HTMLElement>('th').forEach((th, i) => {
    const id = ids[i];
    if (id === undefined) return;
    const need = headerNeed(th) ?? was[id];
    if (need !== undefined) next[id] = need;
  });
  return next;
}

/**
 * The width each header needs, by column id, measured again whenever the header row changed: a
 * label that changes (another language, a column added, a sort mark), a header whose size
 * changes, or a section shown for the first time. A header not laid out keeps what it measured
 * last. A render that left the header row as it was (a page of rows, a scroll) measures nothing:
 * a measure then would lay out the new rows at once, before the frame does.
 */
export function useHeaderNeeds(head: RefObject<HTMLElement | null>, ids: readonly string[]): Needs {
  const [needs, setNeeds] = useState<Needs>({});
  const latest = useRef({ ids, needs });
  latest.current = { ids, needs };
  const watch = useRef<{ mutations: MutationObserver; changed: boolean } | null>(null);

  useLayoutEffect(() => {
    const el = head.current;
    if (!el) return;
    const measure = () => {
      const { ids: shown, needs: was } = latest.current;
      const next = measureNeeds(el, shown, was);
      if (!same(was, next)) {
        latest.current.needs = next;
        setNeeds(next);
      }
    };
    // A change the header makes outside the grid's render (a header's own state) is measured
    // when the browser reports it; a change in the grid's render, by the effect below.
    const mutations = new MutationObserver(measure);
    mutations.observe(el, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    // Sizes come laid out already: a section shown, the font, a column's width.
    const sizes = new ResizeObserver(measure);
    sizes.observe(el);
    watch.current = { mutations, changed: true };
    return () => {
      mutations.disconnect();
      sizes.disconnect();
      watch.current = null;
    };
  }, [head]);

  const idsKey = ids.join('\n');
  const measuredFor = useRef<string | null>(null);
  useLayoutEffect(() => {
    const w = watch.current;
    const el = head.current;
    if (!w || !el) return;
    const changed =
      w.mutations.takeRecords().length > 0 || w.changed || measuredFor.current !== idsKey;
    if (!changed) return;
    w.changed = false;
    measuredFor.current = idsKey;
    const next = measureNeeds(el, ids, needs);
    if (!same(needs, next)) setNeeds(next);
  });
  return needs;
}
