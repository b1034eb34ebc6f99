import { useLayoutEffect, useState, type RefObject } from 'react';
import { headerNeed } from './headerNeed.js';

type Needs = Readonly<Record<string, number>>;

const same = (a: Needs, b: Needs) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);

/**
 * The width each header needs, by column id, measured after every layout: a label that changes
 * (another language, a column added) or a section shown for the first time is measured anew. A
 * header not laid out keeps what it measured last.
 */
export function useHeaderNeeds(head: RefObject<HTMLElement | null>, ids: readonly string[]): Needs {
  const [needs, setNeeds] = useState<Needs>({});
  useLayoutEffect(() => {
    const cells = head.current?.querySelectorAll<HTMLElement>('th') ?? [];
    const next: Record<string, number> = {};
    cells.forEach((th, i) => {
      const id = ids[i];
      if (id === undefined) return;
      const need = headerNeed(th) ?? needs[id];
      if (need !== undefined) next[id] = need;
    });
    if (!same(needs, next)) setNeeds(next);
  });
  return needs;
}
