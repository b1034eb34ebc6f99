/**
 * The Meetings grid over about a million meetings, in Chromium against web mode: from a
 * keystroke to the new rows painted (search, an indexed date filter, a substring filter), frame
 * times while scrolling through 10,000 rows, a jump to the middle, and the page's memory.
 * Times are taken inside the page; the scripts are strings because bench/ is not typed for DOM.
 */
import os from 'node:os';
import { chromium, type Locator, type Page } from '@playwright/test';
import { chromiumLaunch } from '../e2e/chromiumLaunch.js';

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
  /** Why a case was not measured. */
  skipped?: string;
}

export interface GridFigures {
  meetings: string;
  typing: TypingFigures[];
  scrollRows: number;
  frames: Stats;
  longTasks: number;
  longestTask: number;
  placeholderFrames: number;
  jump: Stats;
  heapMb: { start: number; end: number };
  load: number;
  cores: number;
}

const SAMPLES = 20;
const ROW_PX = 32;
const SCROLL_ROWS = 10_000;
const ROWS_PER_FRAME = 25;

const INSTRUMENT = `(() => {
  window.__grid = { key: 0, long: [] };
  document.addEventListener('keydown', () => { window.__grid.key = performance.now(); }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__grid.long.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
})()`;

/** After the last keystroke: the grid's mark for the new rows, then the frame that shows them. */
const PAINTED = `new Promise((resolve, reject) => {
  const key = window.__grid.key;
  const timer = setTimeout(() => reject(new Error('No new rows within 60 s')), 60000);
  const done = (mark) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      clearTimeout(timer);
      const now = performance.now();
      const asked = performance.getEntriesByType('resource')
        .filter((r) => r.name.endsWith('/api/listRecords') && r.startTime > key).at(-1);
      resolve({ total: now - key, request: asked ? now - asked.startTime : null });
    };
    channel.port2.postMessage(0);
  });
  const poll = () => {
    const mark = performance.getEntriesByName('grid-rows').find((m) => m.startTime > key);
    if (mark) done(mark); else requestAnimationFrame(poll);
  };
  poll();
})`;

/** Scrolls the grid down by ROWS_PER_FRAME rows a frame, as a fast drag does. */
const SCROLL = (frames: number) => `new Promise((resolve) => {
  const el = document.querySelector('.section-panel:not([hidden]) .table-scroll');
  const times = []; let placeholders = 0; let last = performance.now(); let left = ${frames};
  window.__grid.long = [];
  const tick = (now) => {
    times.push(now - last); last = now;
    const view = el.getBoundingClientRect();
    for (const tr of el.querySelectorAll('tbody tr.is-pending')) {
      const r = tr.getBoundingClientRect();
      if (r.bottom > view.top && r.top < view.bottom) { placeholders++; break; }
    }
    if (left-- <= 0) return resolve({ times: times.slice(1), placeholders, long: window.__grid.long });
    el.scrollTop += ${ROWS_PER_FRAME * ROW_PX};
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/** Sets the scroll bar at `fraction` of the way and waits for a frame with no placeholder in view. */
const JUMP = (fraction: number) => `new Promise((resolve, reject) => {
  const el = document.querySelector('.section-panel:not([hidden]) .table-scroll');
  const timer = setTimeout(() => reject(new Error('The jump showed no rows within 30 s')), 30000);
  const began = performance.now();
  el.scrollTop = (el.scrollHeight - el.clientHeight) * ${fraction};
  const check = () => {
    const view = el.getBoundingClientRect();
    const rows = [...el.querySelectorAll('tbody tr[aria-rowindex]')].filter((tr) => {
      const r = tr.getBoundingClientRect();
      return r.bottom > view.top + 40 && r.top < view.bottom;
    });
    if (rows.length > 5 && rows.every((tr) => !tr.classList.contains('is-pending'))) {
      clearTimeout(timer); resolve(performance.now() - began);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

async function typeAndWait(page: Page, field: Locator, text: string): Promise<[number, number]> {
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  const { total, request } = (await page.evaluate(PAINTED)) as {
    total: number;
    request: number | null;
  };
  return [total, request ?? NaN];
}

async function typing(page: Page, label: string, field: Locator | null, words: string[]) {
  if (!field) return { label, total: null, request: null, skipped: 'no such control yet' };
  const totals: number[] = [];
  const requests: number[] = [];
  for (const word of words) {
    const [total, request] = await typeAndWait(page, field, word);
    totals.push(total);
    if (Number.isFinite(request)) requests.push(request);
  }
  return { label, total: stats(totals), request: requests.length ? stats(requests) : null };
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

/** Words to type: for a search, words of the meetings' summaries; for a filter, of their venues. */
export interface GridWords {
  search: string[];
  venue: string[];
}

export async function measureGrid(url: string, words: GridWords): Promise<GridFigures> {
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 820 }, bypassCSP: true });
    await page.goto(url);
    await page.getByRole('tab', { name: 'Meetings', exact: true }).click();
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
    const start = await heapMb(page);

    const search = page.getByRole('searchbox', { name: 'Search Meetings' });
    const figures: TypingFigures[] = [];
    figures.push(await typing(page, 'Full-text search (search box)', search, words.search));
    await typeAndWait(page, search, ' ');
    const years = Array.from({ length: SAMPLES }, (_, i) => String(2000 + ((i * 7) % 24)));
    const dateFrom = await filterField(page, 'Date', 'From');
    figures.splice(0, 0, await typing(page, 'Indexed: Date filter, From (year)', dateFrom, years));
    if (dateFrom) await clearFilter(page, 'Date');
    const venue = await filterField(page, 'Venue', 'Text');
    figures.push(await typing(page, 'Substring: Venue filter, contains', venue, words.venue));
    if (venue) await clearFilter(page, 'Venue');

    const scroll = (await page.evaluate(SCROLL(SCROLL_ROWS / ROWS_PER_FRAME))) as {
      times: number[];
      placeholders: number;
      long: number[];
    };
    const jumps: number[] = [];
    for (const fraction of [0.5, 0.23, 0.77, 0.41, 0.9, 0.12, 0.66, 0.35, 0.58, 0.84]) {
      jumps.push((await page.evaluate(JUMP(fraction))) as number);
      await page.waitForTimeout(200);
    }
    const end = await heapMb(page);
    return {
      meetings,
      typing: figures,
      scrollRows: SCROLL_ROWS,
      frames: stats(scroll.times),
      longTasks: scroll.long.length,
      longestTask: Math.max(0, ...scroll.long),
      placeholderFrames: scroll.placeholders,
      jump: stats(jumps),
      heapMb: { start, end },
      load: os.loadavg()[0] ?? 0,
      cores: os.cpus().length,
    };
  } finally {
    await browser.close();
  }
}
