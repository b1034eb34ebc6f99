import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Filter, Query, Row, Sort, TableName } from '../../db/api.js';
import { archiveCall, errorMessage, isAbort } from '../api.js';
import { useArchiveVersion } from '../archiveVersion.js';
import { pageSpan } from './pageCache.js';
import {
  abandon,
  askArchive,
  newStore,
  shownRows,
  waitingSince,
  type WindowCalls,
} from './windowStore.js';

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
  /** True once a page of this query came back. */
  answered: boolean;
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
  /**
   * The user is typing what will replace the query (a search box that waits for a pause): its
   * count and neighbouring pages wait on, so that they do not hold the threads the next query needs.
   */
  postpone: () => void;
}

/** A row whose page has not come back yet. */
export const PENDING_ROW: Row = Object.freeze({}) as Row;

const CALLS: WindowCalls = {
  list: (input, signal) => archiveCall('listRecords', input, { signal }),
  count: (input, signal) => archiveCall('countRecords', input, { signal }),
  isAbort,
  errorMessage,
  settleMs: 300,
};

/**
 * The rows of a query that the grid has in view, fetched by pages of PAGE_ROWS as they scroll
 * into view and forgotten (beyond MAX_PAGES) as they leave it, and the count, asked apart. A new
 * query abandons the questions of the old one: their answers are dropped and, in web mode, the
 * requests aborted.
 *
 * Each page and the count are separate requests, so each reads the archive as it is when it runs
 * (another program may commit in between): the count is not the first page's `withTotal`, which
 * would hold the rows until every match is counted. That is sound for a window: whichever
 * answer is newer sets the row count, rows past it are not shown, rows not fetched show as
 * pending, and a change made in this window asks for everything again. A caller that needs rows
 * and total from one state asks `listRecords` with `withTotal`, which reads both in one snapshot.
 */
export function useRecordWindow(query: WindowQuery): RecordWindow {
  const { table, columns, sort, search, where } = query;
  const matching: Partial<Query> = {
    ...(search ? { search } : {}),
    ...(where && where.length > 0 ? { where } : {}),
  };
  const listQuery: Query = { table, columns, sort, ...matching };
  const key = JSON.stringify(listQuery);
  const version = useArchiveVersion();
  const [attempt, setAttempt] = useState(0);
  const [tick, rerender] = useReducer((n: number) => n + 1, 0);
  const [store, setStore] = useState(() => newStore(listQuery, { table, ...matching }, version));
  let current = store;
  if (store.key !== key) {
    current = newStore(listQuery, { table, ...matching }, version, store);
    setStore(current);
  }
  const storeRef = useRef(current);
  storeRef.current = current;
  const [first, last] = current.span;

  useEffect(() => () => abandon(store), [store]);
  useEffect(() => {
    askArchive(store, version, CALLS, rerender);
    // `tick` (an answer came) is no reason to ask again; the span, a change or a retry is.
  }, [store, first, last, version, attempt]);

  const shown = useMemo(
    () => shownRows(current, PENDING_ROW),
    // The store changes in place; `tick` says when.
    [current, first, last, tick],
  );
  current.shown = shown.stale ? current.previous : shown;

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

  const postpone = useCallback(() => storeRef.current.postpone(), []);

  return {
    total: current.total,
    rowCount: shown.rowCount,
    first: shown.first,
    rows: shown.rows,
    stale: shown.stale,
    answered: current.cache.size > 0,
    queryKey: key,
    waitingSince: waitingSince(current),
    stopped: current.stopped,
    error: current.error,
    show,
    stop,
    retry,
    postpone,
  };
}
