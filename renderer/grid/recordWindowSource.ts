import type { Query, Row } from '../../db/api.js';
import { pageSpan } from './pageCache.js';
import {
  abandon,
  askArchive,
  newStore,
  shownRows,
  waitingSince,
  type WindowCalls,
  type WindowStore,
} from './windowStore.js';

/**
 * What the grid shows: a window of rows over every record a query matches. A new object whenever
 * any of it changes, the same one otherwise (as `useSyncExternalStore` requires).
 */
export interface WindowSnapshot {
  /** Every matching record, or null until the archive has counted them. */
  total: number | null;
  /** The rows the grid lays out: the total once known, else as many as the pages show. */
  rowCount: number;
  /** Where `rows[0]` sits among all matching records. */
  first: number;
  /** The rows of the pages in view, from `first`; a row not fetched yet is PENDING_ROW. */
  rows: Row[];
  /** True while the rows of the previous query stay shown, until this one's first answer. */
  stale: boolean;
  /** True once a page of this query came back. */
  answered: boolean;
  /** Changes with the query: the grid goes back to its first row. */
  queryKey: string;
  /** When the oldest unanswered question for the rows in view was asked, or null. */
  waitingSince: number | null;
  /** True once the user stopped a slow query, until it is asked again. */
  stopped: boolean;
  error: string | null;
}

/**
 * The rows of one grid as an external store for `useSyncExternalStore`: the pages, count and
 * questions in flight live here, outside React, and change only in these methods (called from
 * effects and event handlers, never during render); each change publishes a new snapshot.
 */
export class RecordWindowSource {
  private store: WindowStore;
  private snapshot: WindowSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly calls: WindowCalls,
    private readonly pending: Row,
    list: Query,
    count: Query,
    version: number,
  ) {
    this.store = newStore(list, count, version);
    this.snapshot = this.read();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): WindowSnapshot => this.snapshot;

  /**
   * The query and archive version the grid shows now. A new query abandons the old one's
   * questions and keeps its rows shown (stale) until its own first page comes.
   */
  follow(list: Query, count: Query, version: number): void {
    if (JSON.stringify(list) !== this.store.key) {
      abandon(this.store);
      this.store = newStore(list, count, version, this.store);
    }
    this.ask(version);
  }

  /**
   * The query the grid is about to show, told as the user asks for it (a key in the search box),
   * before React renders it: its first page is asked now. The grid's own `follow` of the same
   * query then finds it under way; of another query, abandons it.
   */
  readonly expect = (list: Query, count: Query): void =>
    this.follow(list, count, this.store.version);

  /** The grid shows rows start to end (overscan included): their pages are asked. */
  readonly show = (start: number, end: number): void => {
    const s = this.store;
    const [a, b] = pageSpan(start, end);
    if (a === s.span[0] && b === s.span[1]) return;
    s.span = [a, b];
    s.stopped = false;
    s.cache.touch(a, b);
    this.ask(s.version);
  };

  readonly stop = (): void => {
    abandon(this.store);
    this.store.stopped = true;
    this.publish();
  };

  readonly retry = (): void => {
    this.store.stopped = false;
    this.store.error = null;
    this.ask(this.store.version);
  };

  readonly postpone = (pauseMs?: number): void => this.store.postpone(pauseMs);

  /** The grid is gone (or, in StrictMode, about to mount again): nothing stays in flight. */
  close(): void {
    abandon(this.store);
  }

  private ask(version: number): void {
    const s = this.store;
    // An answer for a store already replaced changes nothing that is shown.
    askArchive(s, version, this.calls, () => {
      if (s === this.store) this.publish();
    });
    this.publish();
  }

  private publish(): void {
    this.snapshot = this.read();
    for (const listener of this.listeners) listener();
  }

  private read(): WindowSnapshot {
    const s = this.store;
    const shown = shownRows(s, this.pending);
    // Kept for the next query, to show until its first page comes.
    s.shown = shown.stale ? s.previous : shown;
    return {
      total: s.total,
      rowCount: shown.rowCount,
      first: shown.first,
      rows: shown.rows,
      stale: shown.stale,
      answered: s.cache.size > 0,
      queryKey: s.key,
      waitingSince: waitingSince(s),
      stopped: s.stopped,
      error: s.error,
    };
  }
}
