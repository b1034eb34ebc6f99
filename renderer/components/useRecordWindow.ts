import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Filter, Query, Row, Sort, TableName } from '../../db/api.js';
import { archiveCall, errorMessage, isAbort } from '../api.js';
import { useArchiveVersion } from '../archiveVersion.js';
import { PAGE_ROWS, PageCache, pageSpan } from './pageCache.js';

/** Which rows a table lists, in the query language, without the window onto them. */
export interface WindowQuery {
  table: TableName;
  columns: string[];
  sort: Sort[];
  search?: string;
  where?: Filter[];
}

/** What the grid shows: a window of rows over every record a query matches. */
export interface RecordWindow {
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
  /** Changes with the query: the grid goes back to its first row. */
  queryKey: string;
  /** When the oldest unanswered question for the rows in view was asked, or null. */
  waitingSince: number | null;
  /** True once the user stopped a slow query, until it is asked again. */
  stopped: boolean;
  error: string | null;
  /** The grid says which rows it shows (overscan included); their pages are fetched. */
  show: (start: number, end: number) => void;
  /** Abandons the questions in flight: the Cancel button of a slow search. */
  stop: () => void;
  /** Asks again, after an error or a stop. */
  retry: () => void;
}

/** A row whose page has not come back yet. */
export const PENDING_ROW: Row = Object.freeze({}) as Row;

interface Shown {
  first: number;
  rows: Row[];
  rowCount: number;
}

interface Store {
  key: string;
  countKey: string;
  cache: PageCache;
  /** Questions in flight, by page, with the time each was asked. */
  flights: Map<number, { controller: AbortController; since: number }>;
  /** Pages fetched before the archive last changed: still shown, asked again when in view. */
  outdated: Set<number>;
  span: [number, number];
  version: number;
  count: number | null;
  countVersion: number;
  countFlight: AbortController | null;
  previous: Shown | null;
  shown: Shown | null;
  stopped: boolean;
  error: string | null;
}

function newStore(key: string, countKey: string, version: number, before?: Store): Store {
  const sameCount = before?.countKey === countKey;
  return {
    key,
    countKey,
    cache: new PageCache(),
    flights: new Map(),
    outdated: new Set(),
    span: [0, 0],
    version,
    count: sameCount ? before.count : null,
    countVersion: sameCount ? before.countVersion : -1,
    countFlight: null,
    previous: before?.shown ?? null,
    shown: null,
    stopped: false,
    error: null,
  };
}

function abandon(store: Store): void {
  for (const { controller } of store.flights.values()) controller.abort();
  store.flights.clear();
  store.countFlight?.abort();
  store.countFlight = null;
}

/**
 * The rows of a query that the grid has in view, fetched by pages of PAGE_ROWS as they scroll
 * into view and forgotten (beyond MAX_PAGES) as they leave it, and the count, asked apart. A new
 * query abandons the questions of the old one: their answers are dropped and, in web mode, the
 * requests aborted.
 */
export function useRecordWindow(query: WindowQuery): RecordWindow {
  const { table, columns, sort, search, where } = query;
  const matching: Partial<Query> = {
    ...(search ? { search } : {}),
    ...(where && where.length > 0 ? { where } : {}),
  };
  const countKey = JSON.stringify({ table, ...matching });
  const key = JSON.stringify({ table, columns, sort, ...matching });
  const version = useArchiveVersion();
  const [attempt, setAttempt] = useState(0);
  const [tick, rerender] = useReducer((n: number) => n + 1, 0);
  const [store, setStore] = useState(() => newStore(key, countKey, version));
  let current = store;
  if (store.key !== key) {
    current = newStore(key, countKey, version, store);
    setStore(current);
  }
  const storeRef = useRef(current);
  storeRef.current = current;
  const [first, last] = current.span;

  useEffect(() => () => abandon(store), [store]);

  useEffect(() => {
    const s = store;
    if (s.version !== version) {
      // Another action changed the archive: what is shown stays until its fresh copy comes.
      s.version = version;
      for (const { controller } of s.flights.values()) controller.abort();
      s.flights.clear();
      s.outdated = new Set(s.cache.pages());
    }
    if (s.stopped) return;
    const [a, b] = s.span;
    for (const [page, { controller }] of s.flights) {
      if (page < a - 1 || page > b + 1) {
        controller.abort();
        s.flights.delete(page);
      }
    }
    const base: Query = { table, columns, sort, ...matching, withTotal: false };
    for (let page = a; page <= b; page++) {
      if ((s.cache.has(page) && !s.outdated.has(page)) || s.flights.has(page)) continue;
      const controller = new AbortController();
      s.flights.set(page, { controller, since: performance.now() });
      const input = { ...base, offset: page * PAGE_ROWS, limit: PAGE_ROWS };
      archiveCall('listRecords', input, { signal: controller.signal }).then(
        ({ rows }) => {
          if (s.flights.get(page)?.controller !== controller) return;
          s.flights.delete(page);
          s.outdated.delete(page);
          s.cache.set(page, rows, (p) => p >= s.span[0] && p <= s.span[1]);
          s.previous = null;
          s.error = null;
          rerender();
        },
        (error: unknown) => {
          if (isAbort(error) || s.flights.get(page)?.controller !== controller) return;
          s.flights.delete(page);
          s.previous = null;
          s.error = errorMessage(error);
          rerender();
        },
      );
    }
    if (s.countVersion !== version && !s.countFlight) {
      const controller = new AbortController();
      s.countFlight = controller;
      archiveCall('countRecords', { table, ...matching }, { signal: controller.signal }).then(
        ({ count }) => {
          if (s.countFlight !== controller) return;
          s.countFlight = null;
          s.count = count;
          s.countVersion = version;
          rerender();
        },
        (error: unknown) => {
          if (isAbort(error) || s.countFlight !== controller) return;
          s.countFlight = null;
          s.error = errorMessage(error);
          rerender();
        },
      );
    }
    // The query's parts are named by `store` (its key); `tick` is not a reason to ask again.
  }, [store, first, last, version, attempt]);

  const extent = current.cache.extent();
  const rowCount = current.count ?? (extent.rows > 0 || extent.exact ? extent.rows : null);
  const shown = useMemo((): Shown & { stale: boolean } => {
    const s = current;
    if (s.cache.size === 0 && s.previous && !s.error) return { ...s.previous, stale: true };
    const count = rowCount ?? 0;
    const from = first * PAGE_ROWS;
    const to = Math.min(count, (last + 1) * PAGE_ROWS);
    const rows: Row[] = [];
    for (let index = from; index < to; index++) rows.push(s.cache.row(index) ?? PENDING_ROW);
    return { first: from, rows, rowCount: count, stale: false };
  }, [current, first, last, rowCount, tick]);
  current.shown = shown.stale ? current.previous : shown;

  let waitingSince: number | null = null;
  for (const [page, flight] of current.flights) {
    if (page >= first && page <= last)
      waitingSince = Math.min(waitingSince ?? Infinity, flight.since);
  }

  const show = useCallback((start: number, end: number) => {
    const s = storeRef.current;
    const [a, b] = pageSpan(start, end);
    if (a === s.span[0] && b === s.span[1]) return;
    s.span = [a, b];
    s.stopped = false;
    s.cache.touch(a, b);
    rerender();
  }, []);
  const stop = useCallback(() => {
    const s = storeRef.current;
    abandon(s);
    s.stopped = true;
    rerender();
  }, []);
  const retry = useCallback(() => {
    const s = storeRef.current;
    s.stopped = false;
    s.error = null;
    setAttempt((n) => n + 1);
  }, []);

  return {
    total: current.count,
    rowCount: shown.rowCount,
    first: shown.first,
    rows: shown.rows,
    stale: shown.stale,
    queryKey: key,
    waitingSince,
    stopped: current.stopped,
    error: current.error,
    show,
    stop,
    retry,
  };
}
