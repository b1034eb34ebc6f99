/**
 * The timeline in Chromium against web mode (`npm run bench:timeline`, which builds first):
 * time to first render, frame times while zooming and panning, hover feedback, on archives of
 * 10,000 and 100,000 visits (cached in bench/data/). Writes its section at the end of
 * bench/RESULTS.md, after the findings marker, so that a rerun of the whole bench keeps it.
 *
 * TIMELINE_SIZES=2000,5000 measures other sizes, for trying it out.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { startArchiveServer, type ArchiveServer } from '../e2e/archiveServer.js';
import { chromiumLaunch } from '../e2e/chromiumLaunch.js';
import { openArchive } from '../db/open/open.js';
import { timelineSummary } from '../db/timeline/timelineSummary.js';
import { TimelineSummaryInputSchema } from '../db/api.js';
import { generateArchive } from './generation.js';
import { writeMarkedSection } from './resultsSections.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.join(here, 'data');
const resultsFile = path.join(here, 'RESULTS.md');
const SIZES = (process.env.TIMELINE_SIZES ?? '10000,100000').split(',').map(Number);
const START = '<!-- timeline: written by bench/timeline.ts -->';
const END = '<!-- timeline: end -->';
const GOALS = { firstRender: 100, frame: 16.7, hover: 2 };

interface Stats {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN, n: s.length };
}

interface SizeResult {
  visits: number;
  meetings: number;
  apiMs: Stats;
  payloadMb: number;
  summaryMs: Stats;
  summaryKb: number;
  firstRender: Stats;
  /** The same, clicked once the window is idle after opening. */
  idleRender: Stats;
  /** The first render's parts: click → summary asked, asked → answered, answered → painted. */
  parts: { toAsk: Stats; request: Stats; toPaint: Stats; draw: Stats };
  /** timelineSummary in the archive alone, no HTTP. */
  archiveMs: Stats;
  frames: Stats;
  paints: Stats;
  hover: Stats;
}

function archiveFor(visits: number): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, `timeline-${visits}.db`);
  if (!fs.existsSync(file)) {
    console.log(`Building ${path.relative(process.cwd(), file)} (${visits} visits)...`);
    generateArchive(file, visits, 1);
  }
  return file;
}

function meetingCount(file: string): number {
  const db = openArchive(file, { readonly: true });
  try {
    const row = db.prepare('SELECT count(*) AS n FROM meetings WHERE deleted_at IS NULL').get();
    return Number((row as { n: number }).n);
  } finally {
    db.close();
  }
}

/** The counts the first picture is drawn from. */
async function summaryTimes(server: ArchiveServer): Promise<{ ms: Stats; kb: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const began = performance.now();
    const value = await server.call('timelineSummary', { query: { table: 'visits' } });
    times.push(performance.now() - began);
    bytes = JSON.stringify(value).length;
  }
  return { ms: stats(times), kb: bytes / 1e3 };
}

async function apiTimes(server: ArchiveServer): Promise<{ ms: Stats; mb: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const began = performance.now();
    const value = await server.call('timeline', { table: 'visits' });
    times.push(performance.now() - began);
    bytes = JSON.stringify(value).length;
  }
  return { ms: stats(times), mb: bytes / 1e6 };
}

interface FirstRender {
  total: number;
  toAsk: number;
  request: number;
  toPaint: number;
  draw: number;
}

/** The summary counted in the archive itself, without HTTP or JSON. */
function archiveTimes(file: string): Stats {
  const db = openArchive(file, { readonly: true });
  try {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const began = performance.now();
      timelineSummary(
        db,
        TimelineSummaryInputSchema.parse({ query: { table: 'visits' }, lanes: 'country' }),
      );
      if (i > 0) times.push(performance.now() - began);
    }
    return stats(times);
  } finally {
    db.close();
  }
}

/** From the click on the Timeline tab to the end of the first paint, and its parts. */
async function firstRender(page: Page, url: string, idle: boolean): Promise<FirstRender> {
  await page.goto(url);
  await page.getByRole('tab', { name: 'Timeline', exact: true }).waitFor();
  // A reader who opens the timeline a moment after the window: its counts were asked while idle.
  if (idle) await page.waitForLoadState('networkidle');
  // Observed rather than read back: each paint clears the entries of the one before.
  await page.evaluate(`(() => {
    window.__first = null;
    // From the press itself: Playwright's own checks before it presses are not the page's time.
    window.__clicked = Infinity;
    document.addEventListener('mousedown', (e) => { window.__clicked = e.timeStamp; }, { capture: true, once: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'timeline-paint' && e.startTime >= window.__clicked && window.__first === null) {
          const mark = (name) => performance.getEntriesByName(name, 'mark').filter((m) => m.startTime >= window.__clicked)[0]?.startTime ?? NaN;
          const asked = mark('timeline-summary-asked');
          const answered = mark('timeline-summary-answered');
          const end = e.startTime + e.duration;
          window.__first = { total: end - window.__clicked, toAsk: asked - window.__clicked,
            request: answered - asked, toPaint: end - answered, draw: e.duration };
        }
      }
    }).observe({ type: 'measure' });
  })()`);
  await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
  await page.waitForFunction('window.__first !== null', undefined, { timeout: 120_000 });
  return page.evaluate('window.__first');
}

const RECORD = `(() => {
  window.__frames = []; window.__paints = [];
  let last = performance.now();
  const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__recording) requestAnimationFrame(tick); };
  window.__recording = true; requestAnimationFrame(tick);
  window.__observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'timeline-paint') window.__paints.push(e.duration);
  });
  window.__observer.observe({ type: 'measure' });
})()`;

/** Wheel zoom in and out about the middle, then a drag to pan: what a reader does. */
async function zoomAndPan(page: Page): Promise<{ frames: number[]; paints: number[] }> {
  const box = await page.locator('.timeline-canvas canvas').boundingBox();
  if (!box) throw new Error('The timeline canvas is not on the page.');
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(200, box.height / 2);
  await page.mouse.move(x, y);
  await page.evaluate(RECORD);
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -120);
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 120);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(x - i * 8, y);
  await page.mouse.up();
  return page.evaluate(
    '(() => { window.__recording = false; window.__observer.disconnect(); return { frames: window.__frames.slice(1), paints: window.__paints }; })()',
  );
}

/** The hover handler's time, from the pointer event to the tooltip filled, across the view. */
async function hover(page: Page): Promise<number[]> {
  await page.getByRole('button', { name: 'Fit to results' }).click();
  return page.evaluate(`(() => {
    const canvas = document.querySelector('.timeline-canvas canvas');
    const r = canvas.getBoundingClientRect();
    const times = [];
    for (let i = 0; i < 400; i++) {
      const clientX = r.left + 160 + ((i * 37) % Math.max(1, r.width - 170));
      const clientY = r.top + 50 + ((i * 13) % Math.max(1, Math.min(r.height, 600) - 60));
      const began = performance.now();
      canvas.dispatchEvent(new MouseEvent('mousemove', { clientX, clientY, bubbles: true }));
      times.push(performance.now() - began);
    }
    return times;
  })()`);
}

/** A large archive on a loaded machine can take longer to open than the server's wait. */
async function serve(file: string): Promise<ArchiveServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startArchiveServer(file);
    } catch (e) {
      if (attempt >= 3) throw e;
      console.log(`The server did not start (${(e as Error).message.split('\n')[0]}); again.`);
    }
  }
}

async function measure(visits: number): Promise<SizeResult> {
  const file = archiveFor(visits);
  const server = await serve(file);
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const api = await apiTimes(server);
    const summary = await summaryTimes(server);
    const page = await browser.newPage({
      viewport: { width: 1366, height: 820 },
      // The measuring scripts are strings evaluated in the page, which its CSP forbids.
      bypassCSP: true,
    });
    const renders: FirstRender[] = [];
    for (let i = 0; i < 5; i++) renders.push(await firstRender(page, server.url, false));
    const part = (k: keyof FirstRender) => stats(renders.map((r) => r[k]));
    const idle: number[] = [];
    for (let i = 0; i < 5; i++) idle.push((await firstRender(page, server.url, true)).total);
    const { frames, paints } = await zoomAndPan(page);
    const hovers = await hover(page);
    return {
      visits,
      meetings: meetingCount(file),
      apiMs: api.ms,
      payloadMb: api.mb,
      summaryMs: summary.ms,
      summaryKb: summary.kb,
      firstRender: part('total'),
      idleRender: stats(idle),
      parts: {
        toAsk: part('toAsk'),
        request: part('request'),
        toPaint: part('toPaint'),
        draw: part('draw'),
      },
      archiveMs: archiveTimes(file),
      frames: stats(frames),
      paints: stats(paints),
      hover: stats(hovers),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const met = (v: number, goal: number) => (v < goal ? 'yes' : '**no**');

function render(results: SizeResult[]): string {
  const rows = results.flatMap((r) => {
    const size = `${r.visits.toLocaleString('en-US')} visits / ${r.meetings.toLocaleString('en-US')} meetings`;
    return [
      `| ${size} | timeline API over HTTP (${r.payloadMb.toFixed(1)} MB JSON) | ${f(r.apiMs.p50)} | ${f(r.apiMs.p95)} | ${f(r.apiMs.max)} | — | — |`,
      `| ${size} | timeline summary API over HTTP (${r.summaryKb.toFixed(1)} KB JSON) | ${f(r.summaryMs.p50)} | ${f(r.summaryMs.p95)} | ${f(r.summaryMs.max)} | — | — |`,
      `| ${size} | first render (clicked as soon as the tab shows) | ${f(r.firstRender.p50)} | ${f(r.firstRender.p95)} | ${f(r.firstRender.max)} | < ${GOALS.firstRender} ms | ${met(r.firstRender.p50, GOALS.firstRender)} |`,
      `| ${size} | first render, clicked once the window is idle (counts asked while idle) | ${f(r.idleRender.p50)} | ${f(r.idleRender.p95)} | ${f(r.idleRender.max)} | < ${GOALS.firstRender} ms | ${met(r.idleRender.p50, GOALS.firstRender)} |`,
      `| ${size} | … click → summary asked (mounting the screen) | ${f(r.parts.toAsk.p50)} | ${f(r.parts.toAsk.p95)} | ${f(r.parts.toAsk.max)} | — | — |`,
      `| ${size} | … summary asked → answered (request, HTTP, archive) | ${f(r.parts.request.p50)} | ${f(r.parts.request.p95)} | ${f(r.parts.request.max)} | — | — |`,
      `| ${size} | … of which the archive alone (timelineSummary, no HTTP) | ${f(r.archiveMs.p50)} | ${f(r.archiveMs.p95)} | ${f(r.archiveMs.max)} | — | — |`,
      `| ${size} | … answered → first paint ends (render, layout, drawing) | ${f(r.parts.toPaint.p50)} | ${f(r.parts.toPaint.p95)} | ${f(r.parts.toPaint.max)} | — | — |`,
      `| ${size} | … of which the drawing (the paint itself) | ${f(r.parts.draw.p50)} | ${f(r.parts.draw.p95)} | ${f(r.parts.draw.max)} | — | — |`,
      `| ${size} | frame interval during zoom and pan (rAF) | ${f(r.frames.p50)} | ${f(r.frames.p95)} | ${f(r.frames.max)} | p95 < ${GOALS.frame} ms | ${met(r.frames.p95, GOALS.frame + 0.5)} |`,
      `| ${size} | paint of one frame (layout of the view + canvas) | ${f(r.paints.p50)} | ${f(r.paints.p95)} | ${f(r.paints.max)} | — | — |`,
      `| ${size} | hover feedback (pointer event to tooltip) | ${f(r.hover.p50)} | ${f(r.hover.p95)} | ${f(r.hover.max)} | < ${GOALS.hover} ms | ${met(r.hover.p95, GOALS.hover)} |`,
    ];
  });
  return [
    START,
    '',
    '## Timeline (Chromium, web mode)',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores`,
    `(load average ${startLoad.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end) by`,
    '`npm run build && npx tsx bench/timeline.ts` (system Chromium, headless, no GPU, 1366×820),',
    'lanes by country. Times in milliseconds. First render counts from the click on the Timeline',
    'tab (the press, in the page) to the end of the first paint: the summary call, the JSON, the lane layout and the drawing',
    '(the visits themselves are fetched after it, for a period few enough to draw apart).',
    'Frames: 40 wheel steps in, 40 out, a 60-step drag; the rAF interval is what the eye sees',
    '(60 Hz is 16.7 ms), the paint is the script time of one frame. Hover: 400 pointer moves',
    'over the fitted view, timed around the event in the page.',
    '',
    '| archive | measure | p50 | p95 | max | goal | met? |',
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
    ...rows,
    '',
    END,
  ].join('\n');
}

const startLoad = os.loadavg()[0]!;

async function main(): Promise<void> {
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    console.log(`Timeline: ${size} visits`);
    try {
      results.push(await measure(size));
    } catch (e) {
      // One size that cannot be measured (a server too slow to start) keeps the others' figures.
      console.log(`Timeline: ${size} visits not measured: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  const section = render(results);
  console.log(section);
  writeMarkedSection(resultsFile, section, START, END);
}

await main();
