import type { Row } from '../../db/api.js';
import { PAGE_ROWS } from './pageCache.js';

/** How far past a known row a page is still asked from it rather than by its offset alone. */
const MAX_STEP_PAGES = 50;
/** Marks kept per query: a few hundred ids, whatever the archive's size. */
const MAX_MARKS = 2000;

/** Where a page is read from: after a known row (keyset paging), or from the first row. */
export interface PageStart {
  after?: string;
  offset: number;
}

/**
 * The ids of rows at page boundaries, from pages already fetched: a page is then asked as the
 * rows after the nearest known boundary before it, which the archive finds through its index,
 * instead of by an offset it would step over row by row. Forgotten when the archive changes.
 */
export class PageMarks {
  /** Page number → the id of the row just before that page's first row. */
  private readonly ends = new Map<number, string>();

  /** Notes the last row of a full page as the way into the next one. */
  note(page: number, rows: readonly Row[]): void {
    const last = rows.length === PAGE_ROWS ? rows[rows.length - 1]?.id : undefined;
    if (typeof last !== 'string') return;
    if (this.ends.size >= MAX_MARKS) this.ends.delete(this.ends.keys().next().value as number);
    this.ends.set(page + 1, last);
  }

  clear(): void {
    this.ends.clear();
  }

  /** How to ask for `page`: after the nearest boundary known before it, else by offset. */
  start(page: number): PageStart {
    for (let known = page; known > 0 && page - known <= MAX_STEP_PAGES; known--) {
      const after = this.ends.get(known);
      if (after !== undefined) return { after, offset: (page - known) * PAGE_ROWS };
    }
    return { offset: page * PAGE_ROWS };
  }
}
