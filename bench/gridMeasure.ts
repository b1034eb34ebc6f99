/**
 * The Meetings grid over about a million meetings, in Chromium against web mode: from a
 * keystroke to the new rows painted (search, an indexed date filter, a substring filter), frame
 * times while scrolling through 10,000 rows, a jump to the middle, and the page's memory.
 * Times are taken inside the page; the scripts are strings because bench/ is not typed for DOM.
 */
import os from 'node:os';
import { chromium, type Browser, type Locator, type Page, type Request } from '@playwright/test';
import { chromiumLaunch } from '../e2e/chromiumLaunch.js';
import { startGridServer } from './gridArchive.js';
import { INSTRUMENT, JUMP, PLAIN_COPY, PLAIN_REMOVE, SCROLL, painted } from './gridPageScripts.js';

export interface Stats {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN, n: s.length };
}

export interface TypingFigures {
  label: string;
  /** From the last keystroke to the frame after the new rows are in the page. */
  total: Stats | null;
  /** From the request for the rows leaving the page to that frame: the pause excluded. */
  request: Stats | null;
  /** The same first-page requests replayed over HTTP after the browser part, one at a time. */
  alone: Stats | null;
  /** Why a case was not measured. */
  skipped?: string;
  /** What the page asked the archive for each word (bench/gridMeasure.ts `RequestLog`). */
  split?: TypingSplit;
}

/** Per word typed, over the words of a case: the requests behind "keystroke → rows painted". */
export interface TypingSplit {
  /** listRecords requests sent from the word's first key to its rows painted. */
  pages: Stats;
  /** countRecords requests sent in that time. */
  counts: Stats;
  /** Of those, requests the page aborted (a query replaced, or its count or neighbours dropped). */
  aborted: Stats;
  /** Requests of earlier queries still unanswered when the answering request left the page. */
  staleInFlight: Stats;
  /** The last key → the answering request leaving the page (the pause and the page's work). */
  keyToAsk: Stats;
  /** That request's wait for its answer, seen from the page (server: queue, thread, archive). */
  asked: Stats;
  /** One line a word, for the log: what was sent, in order, with its time from the last key. */
  lines: string[];
}

export interface GridFigures {
  meetings: string;
  typing: TypingFigures[];
  scrollRows: number;
  frames: Stats;
  longTasks: number;
  longestTask: number;
  placeholderFrames: number;
  /** A second drag of the same length under a Chromium trace: the main thread's work in it. */
  scrollTrace: ScrollTrace;
  /** The same two drags of the grid's rows windowed in plain DOM (PLAIN_COPY): the yardstick. */
  plain: { frames: Stats; longTasks: number; longestTask: number; trace: ScrollTrace };
  jump: Stats;
  /** The jump's parts (bench/gridPageScripts.ts JUMP), each over the ten jumps. */
  jumpParts: JumpParts;
  heapMb: { start: number; end: number };
  load: number;
  cores: number;
}

export interface JumpParts {
  /** To the end of the frame that paints the rows. */
  painted: Stats;
  toAsk: Stats;
  server: Stats;
  transfer: Stats;
  toPage: Stats;
  toPaint: Stats;
  /** listRecords requests a jump sent before its rows showed. */
  requests: Stats;
  /** The jumps' requests replayed over HTTP after the browser part, one at a time. */
  alone: Stats | null;
}

interface JumpTimes {
  total: number;
  painted: number;
  requests: number;
  toAsk: number | null;
  server: number | null;
  transfer: number | null;
  toPage: number | null;
  toPaint: number;
}

/** Milliseconds of the renderer's main thread by kind of work, over a traced drag. */
export interface ScrollTrace {
  frames: number;
  /** Script run by events, frames' callbacks, timers and messages (React's render included). */
  script: number;
  /** Style recalculation. */
  style: number;
  layout: number;
  /** Of `layout`, the layouts that script forced by reading geometry. */
  forcedLayout: number;
  /** Pre-paint, paint and layerising. */
  paint: number;
  /** Garbage collection inside script. */
  gc: number;
}

const SAMPLES = 20;
const SCROLL_ROWS = 10_000;
/**
 * Milliseconds between the keys of a word: none unless GRID_KEY_MS is set (bench/gridTyping.ts),
 * to type at a person's pace, where a pause shorter than the time between keys lets each prefix
 * through as a query of its own.
 */
const KEY_MS = Number(process.env.GRID_KEY_MS ?? 0);

async function typeAndWait(
  page: Page,
  field: Locator,
  text: string,
  search: boolean,
): Promise<{ total: number; request: number; sinceKey: number }> {
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text, KEY_MS > 0 ? { delay: KEY_MS } : {});
  const { total, request, sinceKey } = (await page.evaluate(
    painted(search ? text : undefined),
  )) as {
    total: number;
    request: number | null;
    sinceKey: number;
  };
  return { total, request: request ?? NaN, sinceKey };
}

interface Logged {
  method: string;
  /** What the request asks, in short: its search, filters and window. */
  what: string;
  firstPage: boolean;
  sent: number;
  ended: number | null;
  aborted: boolean;
}

/** Every listRecords and countRecords request the page sends, with Node's clock at each event. */
class RequestLog {
  readonly all: Logged[] = [];
  private readonly byRequest = new Map<Request, Logged>();

  constructor(page: Page) {
    page.on('request', (request) => {
      const method = request.url().match(/\/api\/(listRecords|countRecords)$/)?.[1];
      if (!method) return;
      const body = JSON.parse(request.postData() ?? '{}') as {
        search?: string;
        where?: { field: string; op: string; value: unknown }[];
        offset?: number;
        after?: unknown;
      };
      const where = (body.where ?? []).map((w) => `${w.field} ${w.op} ${JSON.stringify(w.value)}`);
      // A page after a known row (keyset) is a neighbour: its offset counts from that row.
      const from = `${body.after ? 'after a row +' : ''}${body.offset ?? 0}`;
      const window = method === 'listRecords' ? ` @${from}` : '';
      const what = [body.search ? `search ${JSON.stringify(body.search)}` : '', ...where]
        .filter(Boolean)
        .join(', ');
      const entry: Logged = {
        method,
        what: `${method === 'listRecords' ? 'page' : 'count'} [${what}]${window}`,
        firstPage: method === 'listRecords' && !body.offset && !body.after,
        sent: performance.now(),
        ended: null,
        aborted: false,
      };
      this.all.push(entry);
      this.byRequest.set(request, entry);
    });
    const end = (aborted: boolean) => (request: Request) => {
      const entry = this.byRequest.get(request);
      if (!entry) return;
      entry.ended = performance.now();
      entry.aborted = aborted;
      this.byRequest.delete(request);
    };
    page.on('requestfinished', end(false));
    page.on('requestfailed', end(true));
  }
}

interface WordSplit {
  pages: number;
  counts: number;
  aborted: number;
  staleInFlight: number;
  keyToAsk: number | null;
  asked: number | null;
  line: string;
}

/**
 * What the page asked while a word was typed and until its rows were painted (`began` to
 * `painted`, Node's clock; `lastKey` is when the last key went out), and which request answered:
 * the last first page sent before the rows were painted.
 */
function splitOf(log: RequestLog, began: number, lastKey: number, painted: number): WordSplit {
  const sent = log.all.filter((r) => r.sent >= began && r.sent <= painted);
  const answering = sent.filter((r) => r.firstPage).at(-1);
  const stale = answering
    ? log.all.filter(
        (r) => r.sent < began && (r.ended === null || r.ended > answering.sent) && r !== answering,
      )
    : [];
  const at = (t: number | null) => (t === null ? '…' : (t - lastKey).toFixed(0));
  const line = sent
    .map((r) => `${r.what} ${at(r.sent)}→${at(r.ended)}${r.aborted ? ' aborted' : ''}`)
    .join('; ');
  return {
    pages: sent.filter((r) => r.method === 'listRecords').length,
    counts: sent.filter((r) => r.method === 'countRecords').length,
    aborted: sent.filter((r) => r.aborted).length,
    staleInFlight: stale.length,
    keyToAsk: answering ? answering.sent - lastKey : null,
    asked: answering?.ended != null ? answering.ended - answering.sent : null,
    line: `${line}${stale.length ? ` | still in flight from before: ${stale.map((r) => r.what).join('; ')}` : ''}`,
  };
}

/** The body of the last first-page request the page sent, to replay without the browser. */
function lastFirstPage(page: Page): () => string | null {
  let last: string | null = null;
  page.on('request', (request) => {
    const body = request.postData();
    if (request.url().endsWith('/api/listRecords') && body?.includes('"offset":0,')) last = body;
  });
  return () => last;
}

async function replay(url: string, bodies: string[]): Promise<Stats | null> {
  const token = new URL(url).searchParams.get('token') ?? '';
  const times: number[] = [];
  for (const body of bodies) {
    const began = performance.now();
    const response = await fetch(new URL('/api/listRecords', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Archive-Token': token },
      body,
    });
    await response.json();
    times.push(performance.now() - began);
  }
  return times.length ? stats(times) : null;
}

interface Typed extends TypingFigures {
  bodies: string[];
}

async function typing(
  page: Page,
  label: string,
  field: Locator | null,
  words: string[],
  last: () => string | null,
  log: RequestLog,
  /** The field is the search box: only its word's rows count (see painted()). */
  searchBox = false,
): Promise<Typed> {
  const none = { label, request: null, alone: null, bodies: [] };
  if (!field) return { ...none, total: null, skipped: 'no such control yet' };
  const totals: number[] = [];
  const requests: number[] = [];
  const bodies: string[] = [];
  const splits: WordSplit[] = [];
  for (const word of words) {
    const began = performance.now();
    const { total, request, sinceKey } = await typeAndWait(page, field, word, searchBox);
    const now = performance.now();
    totals.push(total);
    if (Number.isFinite(request)) requests.push(request);
    const body = last();
    if (body) bodies.push(body);
    const lastKey = now - sinceKey;
    const split = splitOf(log, began, lastKey, lastKey + total);
    splits.push({
      ...split,
      line: `${JSON.stringify(word)} ${total.toFixed(0)} ms: ${split.line}`,
    });
  }
  const request = requests.length ? stats(requests) : null;
  const of = (pick: (s: WordSplit) => number | null) =>
    stats(splits.map(pick).filter((v): v is number => v !== null));
  const split: TypingSplit = {
    pages: of((s) => s.pages),
    counts: of((s) => s.counts),
    aborted: of((s) => s.aborted),
    staleInFlight: of((s) => s.staleInFlight),
    keyToAsk: of((s) => s.keyToAsk),
    asked: of((s) => s.asked),
    lines: splits.map((s) => s.line),
  };
  return { ...none, total: stats(totals), request, bodies, split };
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

const SCRIPT = new Set([
  'EventDispatch',
  'FireAnimationFrame',
  'TimerFire',
  'FunctionCall',
  'RunMicrotasks',
  'V8.Execute',
]);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'PaintImage']);

/** Sums the renderer main thread's top-level work of one kind over a trace. */
function summarise(events: TraceEvent[], frames: number): ScrollTrace {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const own = events.filter(
    (e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur,
  );
  const ms = (names: Set<string>) =>
    own.filter((e) => names.has(e.name)).reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  // Script events nest (a frame callback calls functions): only the outermost are summed.
  const scripts = own.filter((e) => SCRIPT.has(e.name));
  const outer = scripts.filter(
    (e) =>
      !scripts.some((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0)),
  );
  const inside = (e: TraceEvent) =>
    outer.some((o) => o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0));
  const layouts = own.filter((e) => e.name === 'Layout');
  // A layout inside script is one the script forced by reading geometry.
  const forced = layouts.filter(inside);
  return {
    frames,
    script: outer.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0),
    style: ms(new Set(['UpdateLayoutTree'])),
    layout: layouts.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0),
    forcedLayout: forced.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0),
    paint: ms(PAINT),
    gc: ms(new Set(['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase'])),
  };
}

/** A drag like SCROLL's under a Chromium trace, summarised. */
export async function tracedScroll(page: Page, rows: number, copy = false): Promise<ScrollTrace> {
  const browser = page.context().browser();
  if (!browser) throw new Error('No browser to trace');
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
  });
  const scroll = (await page.evaluate(SCROLL(rows, copy))) as { times: number[] };
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  return summarise(traceEvents, scroll.times.length);
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
}

/** A filter's text field, opened from its column header, or null when the table has none. */
async function filterField(page: Page, column: string, field: string): Promise<Locator | null> {
  const button = page.getByRole('button', { name: `Filter ${column}`, exact: true });
  if ((await button.count()) === 0) return null;
  await button.click();
  return page.getByRole('dialog', { name: `Filter ${column}` }).getByLabel(field, { exact: true });
}

async function clearFilter(page: Page, column: string): Promise<void> {
  const panel = page.getByRole('dialog', { name: `Filter ${column}` });
  const clear = panel.getByRole('button', { name: /clear/i });
  if (await clear.count()) await clear.first().click();
  await page.keyboard.press('Escape');
}

/** Words to type: for a search, words of the meetings' summaries; for a filter, of their cities. */
export interface GridWords {
  search: string[];
  city: string[];
}

/** The Meetings grid open in a new page of `browser`, its first rows and count shown. */
async function openMeetings(
  browser: Browser,
  url: string,
): Promise<{ page: Page; meetings: string }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 820 }, bypassCSP: true });
  await page.goto(url);
  // The header counts every table of the archive first, which takes a while on a million rows.
  const tab = page.getByRole('tab', { name: 'Meetings', exact: true });
  await tab.waitFor({ timeout: 180_000 }).catch(async (e: unknown) => {
    await page.screenshot({ path: 'bench/data/grid-failed.png' });
    throw e;
  });
  await tab.click();
  await page.waitForFunction("performance.getEntriesByName('grid-rows').length > 0", undefined, {
    timeout: 180_000,
  });
  const count = page.getByRole('status', { name: 'Matching records' });
  await page.waitForFunction(
    `/^\\d/.test(document.querySelector('.section-panel:not([hidden]) [aria-label="Matching records"]')?.textContent ?? '')`,
    undefined,
    { timeout: 180_000 },
  );
  const meetings = (await count.textContent()) ?? '';
  await page.evaluate(INSTRUMENT);
  return { page, meetings };
}

/** The three typing cases, in this order: the date filter, the search box, the City filter. */
async function typeCases(
  page: Page,
  words: GridWords,
  cases: readonly string[] = TYPING_CASES,
): Promise<Typed[]> {
  const search = page.getByRole('searchbox', { name: 'Search Meetings' });
  const last = lastFirstPage(page);
  const log = new RequestLog(page);
  const figures: Typed[] = [];
  if (cases.includes('search')) {
    figures.push(
      await typing(page, 'Full-text search (search box)', search, words.search, last, log, true),
    );
    await typeAndWait(page, search, ' ', false);
  }
  if (cases.includes('date')) {
    const years = Array.from({ length: SAMPLES }, (_, i) => String(2000 + ((i * 7) % 24)));
    const dateFrom = await filterField(page, 'Date', 'From');
    const indexed = await typing(
      page,
      'Indexed: Date filter, From (year)',
      dateFrom,
      years,
      last,
      log,
    );
    figures.splice(0, 0, indexed);
    if (dateFrom) await clearFilter(page, 'Date');
  }
  if (cases.includes('city')) {
    const city = await filterField(page, 'City', 'Text');
    figures.push(
      await typing(page, 'Substring: City filter, contains', city, words.city, last, log),
    );
    if (city) await clearFilter(page, 'City');
  }
  return figures;
}

export const TYPING_CASES = ['date', 'search', 'city'] as const;

/** The typing cases alone (bench/gridTyping.ts), with the same requests replayed alone after. */
export async function measureTyping(
  url: string,
  words: GridWords,
  cases: readonly string[] = TYPING_CASES,
): Promise<TypingFigures[]> {
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const { page } = await openMeetings(browser, url);
    const figures = await typeCases(page, words, cases);
    for (const typed of figures) typed.alone = await replay(url, typed.bodies);
    return figures.map(({ bodies: _bodies, ...figures }) => figures);
  } finally {
    await browser.close();
  }
}

export async function measureGrid(url: string, words: GridWords): Promise<GridFigures> {
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const { page, meetings } = await openMeetings(browser, url);
    const start = await heapMb(page);
    const figures = await typeCases(page, words);

    const scroll = (await page.evaluate(SCROLL(SCROLL_ROWS))) as {
      times: number[];
      placeholders: number;
      long: number[];
    };
    const scrollTrace = await tracedScroll(page, SCROLL_ROWS);
    await page.evaluate(PLAIN_COPY(SCROLL_ROWS + 100));
    const plainScroll = (await page.evaluate(SCROLL(SCROLL_ROWS, true))) as {
      times: number[];
      long: number[];
    };
    await page.evaluate('document.querySelector("#grid-plain-copy").scrollTop = 0');
    const plainTrace = await tracedScroll(page, SCROLL_ROWS, true);
    await page.evaluate(PLAIN_REMOVE);
    const jumps: JumpTimes[] = [];
    const jumpBodies: string[] = [];
    const noteJump = (request: Request) => {
      const body = request.postData();
      if (request.url().endsWith('/api/listRecords') && body) jumpBodies.push(body);
    };
    page.on('request', noteJump);
    for (const fraction of [0.5, 0.23, 0.77, 0.41, 0.9, 0.12, 0.66, 0.35, 0.58, 0.84]) {
      jumps.push((await page.evaluate(JUMP(fraction))) as JumpTimes);
      await page.waitForTimeout(200);
    }
    page.off('request', noteJump);
    const end = await heapMb(page);
    for (const typed of figures) typed.alone = await replay(url, typed.bodies);
    const part = (pick: (j: JumpTimes) => number | null) =>
      stats(jumps.map(pick).filter((v): v is number => v !== null));
    return {
      meetings,
      typing: figures.map(({ bodies: _bodies, ...figures }) => figures),
      scrollRows: SCROLL_ROWS,
      frames: stats(scroll.times),
      longTasks: scroll.long.length,
      longestTask: Math.max(0, ...scroll.long),
      placeholderFrames: scroll.placeholders,
      scrollTrace,
      plain: {
        frames: stats(plainScroll.times),
        longTasks: plainScroll.long.length,
        longestTask: Math.max(0, ...plainScroll.long),
        trace: plainTrace,
      },
      jump: stats(jumps.map((j) => j.total)),
      jumpParts: {
        painted: part((j) => j.painted),
        toAsk: part((j) => j.toAsk),
        server: part((j) => j.server),
        transfer: part((j) => j.transfer),
        toPage: part((j) => j.toPage),
        toPaint: part((j) => j.toPaint),
        requests: part((j) => j.requests),
        alone: await replay(url, jumpBodies),
      },
      heapMb: { start, end },
      load: os.loadavg()[0] ?? 0,
      cores: os.cpus().length,
    };
  } finally {
    await browser.close();
  }
}

/** A browser showing the Meetings grid of an archive, its first rows painted and the page instrumented. */
export interface InstrumentedGrid {
  page: Page;
  browser: Browser;
  /** The server's address, with the session's token. */
  url: string;
  /** Closes the browser and stops the server. */
  close(): Promise<void>;
}

/**
 * Starts web mode over `file` with the renderer in `rendererDir`, opens the Meetings tab in
 * Chromium, waits for its first rows and instruments the page (the tools that trace or profile it
 * start from there).
 */
export async function openInstrumentedGrid(
  file: string,
  rendererDir: string,
): Promise<InstrumentedGrid> {
  const server = await startGridServer(file, rendererDir);
  const browser = await chromium.launch(chromiumLaunch);
  const close = async () => {
    await browser.close();
    await server.stop();
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 820 }, bypassCSP: true });
    await page.goto(server.url);
    await page.getByRole('tab', { name: 'Meetings', exact: true }).click({ timeout: 180_000 });
    await page.waitForFunction("performance.getEntriesByName('grid-rows').length > 0", undefined, {
      timeout: 180_000,
    });
    await page.evaluate(INSTRUMENT);
    return { page, browser, url: server.url, close };
  } catch (error) {
    await close();
    throw error;
  }
}
