import type { CountResult, ListResult, Query, Row } from '../../db/api.js';
import { PAGE_ROWS, PageCache } from './pageCache.js';
import { PageMarks } from './pageMarks.js';

/** What the grid showed of a query, kept to show while the next query's first page comes. */
export interface Shown {
  first: number;
  rows: Row[];
  rowCount: number;
}

/** How the store asks the archive; a call rejects when its signal aborts it. */
export interface WindowCalls {
  list: (input: Query, signal: AbortSignal) => Promise<ListResult>;
  count: (input: Query, signal: AbortSignal) => Promise<CountResult>;
  /** Whether a rejection is the abort of a call, not an error to show. */
  isAbort: (error: unknown) => boolean;
  errorMessage: (error: unknown) => string;
  /**
   * How long a query's first page stands before its count and the pages either side are asked
   * (0 or unset: at once). While the user types, each keystroke's query is replaced before then,
   * so those slower questions never hold the reader threads the next first page waits for: a
   * running read cannot be stopped, only its answer dropped.
   */
  settleMs?: number;
}

/** One query's pages, count and questions in flight. Plain data, changed in place. */
export interface WindowStore {
  key: string;
  countKey: string;
  /** The list query without its window (offset, limit), and the count query. */
  list: Query;
  count: Query;
  cache: PageCache;
  /** Known rows at page boundaries, to ask a page as the rows after one of them. */
  marks: PageMarks;
  /** Questions in flight, by page, with the time each was asked (performance.now()). */
  flights: Map<number, { controller: AbortController; since: number }>;
  /** Pages fetched before the archive last changed: still shown, asked again when in view. */
  outdated: Set<number>;
  /** The first and last page the grid shows. */
  span: [number, number];
  version: number;
  total: number | null;
  totalVersion: number;
  countFlight: AbortController | null;
  previous: Shown | null;
  shown: Shown | null;
  stopped: boolean;
  error: string | null;
  /** The query stood long enough (WindowCalls.settleMs): its count and neighbours may be asked. */
  settled: boolean;
  settleTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * A key was typed that may replace the query once its control's pause (`pauseMs`) ends: the
   * wait for the query to settle starts again after that pause, whether it is under way or the
   * first page has not come yet.
   */
  postpone: (pauseMs?: number) => void;
  /** Until when (performance.now()) a control's pause may still replace the query. */
  typingUntil: number;
}

export function newStore(list: Query, count: Query, version: number, before?: WindowStore) {
  const countKey = JSON.stringify(count);
  const sameCount = before?.countKey === countKey;
  const store: WindowStore = {
    key: JSON.stringify(list),
    countKey,
    list,
    count,
    cache: new PageCache(),
    marks: new PageMarks(),
    flights: new Map(),
    outdated: new Set(),
    span: [0, 0],
    version,
    // A new order or column set of the same rows keeps the count it had.
    total: sameCount ? before.total : null,
    totalVersion: sameCount ? before.totalVersion : -1,
    countFlight: null,
    previous: before?.shown ?? null,
    shown: null,
    stopped: false,
    error: null,
    settled: false,
    settleTimer: undefined,
    postpone: (pauseMs = 0) => {
      store.typingUntil = Math.max(store.typingUntil, performance.now() + pauseMs);
    },
    // A key that applied this query at once (a whole date) may still be followed by another
    // within its control's pause: the count and neighbours wait for that pause, as they would
    // have if the key had waited for it.
    typingUntil: before?.typingUntil ?? 0,
  };
  return store;
}

/** Abandons every question in flight: their answers are dropped and the requests aborted. */
export function abandon(store: WindowStore): void {
  for (const { controller } of store.flights.values()) controller.abort();
  store.flights.clear();
  store.countFlight?.abort();
  store.countFlight = null;
  clearTimeout(store.settleTimer);
  store.settleTimer = undefined;
}

const settled = (s: WindowStore, calls: WindowCalls) => s.settled || !calls.settleMs;

/** Once the query's first page came: after settleMs, asks what waited for the query to stand. */
function settleLater(s: WindowStore, calls: WindowCalls, changed: () => void): void {
  if (settled(s, calls) || s.settleTimer !== undefined) return;
  const settle = () => {
    s.settleTimer = undefined;
    s.settled = true;
    askArchive(s, s.version, calls, changed);
  };
  // A key typed before the first page came, in a control that waits longer than settleMs, may
  // still replace the query: the wait starts after that control's pause.
  const wait = () => (calls.settleMs ?? 0) + Math.max(0, s.typingUntil - performance.now());
  s.settleTimer = setTimeout(settle, wait());
  const noteTyping = s.postpone;
  s.postpone = (pauseMs = 0) => {
    noteTyping(pauseMs);
    if (s.settleTimer === undefined) return;
    clearTimeout(s.settleTimer);
    s.settleTimer = setTimeout(settle, wait());
  };
}

/**
 * Asks for the pages in view that are missing or outdated, then, once the query settled, the
 * pages either side (askAround, once those in view are here) and the count (askCount); abandons
 * the pages in flight that left the view (beyond one page either side). `changed` is called
 * when an answer changed the store.
 */
export function askArchive(
  s: WindowStore,
  version: number,
  calls: WindowCalls,
  changed: () => void,
): void {
  if (s.version !== version) {
    // Another action changed the archive: what is shown stays until its fresh copy comes.
    s.version = version;
    abandon(s);
    s.outdated = new Set(s.cache.pages());
    s.marks.clear();
  }
  if (s.stopped) return;
  const [a, b] = s.span;
  for (const [page, { controller }] of s.flights) {
    if (page < a - 1 || page > b + 1) {
      controller.abort();
      s.flights.delete(page);
    }
  }
  let asked = false;
  for (let page = a; page <= b; page++) asked = askPage(s, page, calls, changed) || asked;
  // The questions now in flight are shown as waiting (the progress of a slow search).
  if (asked) changed();
  askAround(s, calls, changed);
  askCount(s, calls, changed);
}

/**
 * Once the query settled, the pages either side, so that scrolling on finds its rows there. After
 * a jump (no page near the view is here) only once every page in view came: asked with them, they
 * would take the reader threads that the pages in view wait for (a running read cannot be
 * stopped). Scrolling on from rows that are here, they are asked at once, to be there in time.
 */
function askAround(s: WindowStore, calls: WindowCalls, changed: () => void): void {
  if (!settled(s, calls) || s.stopped) return;
  const [a, b] = s.span;
  let near = false;
  for (let page = a - 1; page <= b + 1; page++) near ||= s.cache.has(page);
  for (let page = a; page <= b; page++) if (s.flights.has(page) && !near) return;
  const known = s.total ?? s.cache.extent().rows;
  if ((b + 1) * PAGE_ROWS < known) askPage(s, b + 1, calls, changed);
  if (a > 0) askPage(s, a - 1, calls, changed);
}

/** The count, once a page of the query came, when it is missing or older than the archive. */
function askCount(s: WindowStore, calls: WindowCalls, changed: () => void): void {
  if (s.totalVersion === s.version || s.countFlight || s.stopped || !settled(s, calls)) return;
  // The count waits for the query's first page, so that it never holds a reader thread the rows
  // wait for; a query replaced while typing is never counted.
  if (s.cache.size === 0) return;
  const controller = new AbortController();
  const version = s.version;
  s.countFlight = controller;
  calls.count(s.count, controller.signal).then(
    ({ count }) => {
      if (s.countFlight !== controller) return;
      s.countFlight = null;
      s.total = count;
      s.totalVersion = version;
      changed();
    },
    (error: unknown) => {
      if (calls.isAbort(error) || s.countFlight !== controller) return;
      s.countFlight = null;
      s.error = calls.errorMessage(error);
      changed();
    },
  );
}

/** Asks for one page unless it is here and fresh or on its way; true when it asked. */
function askPage(s: WindowStore, page: number, calls: WindowCalls, changed: () => void): boolean {
  if ((s.cache.has(page) && !s.outdated.has(page)) || s.flights.has(page)) return false;
  const controller = new AbortController();
  s.flights.set(page, { controller, since: performance.now() });
  const input: Query = { ...s.list, ...s.marks.start(page), limit: PAGE_ROWS, withTotal: false };
  calls.list(input, controller.signal).then(
    ({ rows }) => {
      if (s.flights.get(page)?.controller !== controller) return;
      s.flights.delete(page);
      s.outdated.delete(page);
      s.marks.note(page, rows);
      s.cache.set(page, rows, (p) => p >= s.span[0] - 1 && p <= s.span[1] + 1);
      // A short page ends the rows: the count is known without asking the archive.
      if (rows.length < PAGE_ROWS && (rows.length > 0 || page === 0)) {
        s.total = page * PAGE_ROWS + rows.length;
        s.totalVersion = s.version;
      }
      s.previous = null;
      s.error = null;
      settleLater(s, calls, changed);
      if (page >= s.span[0] && page <= s.span[1]) askAround(s, calls, changed);
      askCount(s, calls, changed);
      changed();
    },
    (error: unknown) => {
      if (calls.isAbort(error) || s.flights.get(page)?.controller !== controller) return;
      s.flights.delete(page);
      s.previous = null;
      s.error = calls.errorMessage(error);
      changed();
    },
  );
  return true;
}

/** When the oldest unanswered question for the pages in view was asked, or null. */
export function waitingSince(s: WindowStore): number | null {
  let since: number | null = null;
  for (const [page, flight] of s.flights) {
    if (page >= s.span[0] && page <= s.span[1]) since = Math.min(since ?? Infinity, flight.since);
  }
  return since;
}

/** The rows of the pages in view, from the first one's first row; PENDING where not fetched. */
export function shownRows(s: WindowStore, pending: Row): Shown & { stale: boolean } {
  if (s.cache.size === 0 && s.previous && !s.error) return { ...s.previous, stale: true };
  // Refused before any page came: no rows to show, only the error.
  if (s.cache.size === 0 && s.error) return { first: 0, rows: [], rowCount: 0, stale: false };
  const extent = s.cache.extent();
  const rowCount = s.total ?? extent.rows;
  const from = s.span[0] * PAGE_ROWS;
  const to = Math.min(rowCount, (s.span[1] + 1) * PAGE_ROWS);
  const rows: Row[] = [];
  for (let index = from; index < to; index++) rows.push(s.cache.row(index) ?? pending);
  return { first: from, rows, rowCount, stale: false };
}
