import type { Row } from '../../db/api.js';

/** Rows asked of the archive at once: a screenful many times over, and one quick query. */
export const PAGE_ROWS = 200;
/** Pages kept in memory: whatever the archive's size, the renderer holds about 2,000 rows. */
export const MAX_PAGES = 10;

/** The pages that hold the rows from `start` up to, not including, `end`. */
export function pageSpan(start: number, end: number, pageRows = PAGE_ROWS): [number, number] {
  const first = Math.floor(Math.max(0, start) / pageRows);
  const last = Math.floor(Math.max(start, end - 1, 0) / pageRows);
  return [first, Math.max(first, last)];
}

/**
 * The pages of one query's rows that the grid has fetched, the least recently used dropped once
 * there are more than `capacity`, except the pages in view.
 */
export class PageCache {
  /** Map order is use order: the first entry is the least recently used. */
  private readonly held = new Map<number, Row[]>();

  constructor(
    readonly capacity = MAX_PAGES,
    readonly pageRows = PAGE_ROWS,
  ) {}

  get size(): number {
    return this.held.size;
  }

  has(page: number): boolean {
    return this.held.has(page);
  }

  /** The pages held, least recently used first. */
  pages(): number[] {
    return [...this.held.keys()];
  }

  get(page: number): Row[] | undefined {
    return this.held.get(page);
  }

  /** Keeps a page's rows, and drops the least recently used pages that `keep` does not name. */
  set(page: number, rows: Row[], keep: (page: number) => boolean = () => false): void {
    this.held.delete(page);
    this.held.set(page, rows);
    for (const old of [...this.held.keys()]) {
      if (this.held.size <= this.capacity) break;
      if (old !== page && !keep(old)) this.held.delete(old);
    }
  }

  /** Marks pages as used now, so that they are the last to be dropped. */
  touch(first: number, last: number): void {
    for (let page = first; page <= last; page++) {
      const rows = this.held.get(page);
      if (rows) {
        this.held.delete(page);
        this.held.set(page, rows);
      }
    }
  }

  /** The row at an index among all matching rows, when its page is here. */
  row(index: number): Row | undefined {
    return this.held.get(Math.floor(index / this.pageRows))?.[index % this.pageRows];
  }

  /**
   * How many rows the query is known to hold from its pages alone: exact once a page came back
   * short, else one page beyond the furthest full page, so that the reader can scroll on to it.
   */
  extent(): { rows: number; exact: boolean } {
    let rows = 0;
    let exact = false;
    for (const [page, held] of this.held) {
      const end = page * this.pageRows + held.length;
      if (held.length < this.pageRows) {
        if (!exact || end < rows) rows = end;
        exact = true;
      } else if (!exact) rows = Math.max(rows, end + this.pageRows);
    }
    return { rows, exact };
  }
}
