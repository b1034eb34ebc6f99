import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { Filter, Query, Row, Sort, TableName } from '../../db/api.js';
import { archiveCall, errorMessage, isAbort } from '../api.js';
import { useArchiveVersion } from '../archiveVersion.js';
import { RecordWindowSource, type WindowSnapshot } from './recordWindowSource.js';
import type { WindowCalls } from './windowStore.js';

/** Which rows a table lists, in the query language, without the window onto them. */
export interface WindowQuery {
  table: TableName;
  columns: string[];
  sort: Sort[];
  search?: string;
  where?: Filter[];
}

/** What the grid shows, and how it asks for more. */
export interface RecordWindow extends WindowSnapshot {
  /** The grid says which rows it shows (overscan included); their pages are fetched. */
  show: (start: number, end: number) => void;
  /** Abandons the questions in flight: the Cancel button of a slow search. */
  stop: () => void;
  /** Asks again, after an error or a stop. */
  retry: () => void;
  /**
   * The user is typing what may replace the query once the control's pause (`pauseMs`, 0 when
   * shorter than the settling wait) ends: a search box, a filter. Its count and neighbouring pages
   * wait on, so that they do not hold the threads the next query needs.
   */
  postpone: (pauseMs?: number) => void;
  /**
   * The query the grid will show next, told before it renders it (the search box's key): its
   * first page is asked at once instead of after the render.
   */
  expect: (query: WindowQuery) => void;
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
  const { listQuery, countQuery } = windowQueries(query);
  const key = JSON.stringify(listQuery);
  const version = useArchiveVersion();
  const [source] = useState(
    () => new RecordWindowSource(CALLS, PENDING_ROW, listQuery, countQuery, version),
  );
  const shown = useSyncExternalStore(source.subscribe, source.getSnapshot);

  // Before paint, so that a new query's rows (or the old ones, marked stale) are what shows.
  useLayoutEffect(() => {
    source.follow(listQuery, countQuery, version);
    // The key stands for the queries: a new object with the same content is the same query.
  }, [source, key, version]);
  useEffect(() => () => source.close(), [source]);

  return {
    ...shown,
    show: source.show,
    stop: source.stop,
    retry: source.retry,
    postpone: source.postpone,
    expect: (next) => {
      const { listQuery, countQuery } = windowQueries(next);
      source.expect(listQuery, countQuery);
    },
  };
}

/** The list and count a window query asks the archive. */
function windowQueries({ table, columns, sort, search, where }: WindowQuery) {
  const matching: Partial<Query> = {
    ...(search ? { search } : {}),
    ...(where && where.length > 0 ? { where } : {}),
  };
  const listQuery: Query = { table, columns, sort, ...matching };
  const countQuery: Query = { table, ...matching };
  return { listQuery, countQuery };
}
