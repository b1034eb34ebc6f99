/**
 * Where a year typed into the Meetings grid's Date filter, or a word into its search box, spends
 * its time, from the page's own trace (Chromium's timeline), word by word: the input event's task
 * and when in it the first page leaves (the filter's render before the request), when the answer
 * ends, the main thread's work after it (script, layout, style, paint), and when the trace's last
 * paint ended against the time the yardstick (bench/gridPageScripts.ts painted()) took. The bench's "last key → asked" is seen
 * from Node through Playwright; this is the page's own clock. Not part of `npm run bench`:
 *
 *   npx tsx bench/gridKeyTrace.ts <archive at the current schema> <renderer dir> [date|search]
 *
 * The search box's words are typed with their keys 150 ms apart, as a person types them; the
 * year at once.
 */
import { openInstrumentedGrid, stats } from './gridMeasure.js';
import { painted } from './gridPageScripts.js';
import { sampleWords } from './gridSection.js';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { type?: string; url?: string } };
}

const SCRIPT = [
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
];
const PAINT = ['Paint', 'PrePaint', 'Layerize'];

const [file, rendererDir, mode = 'date'] = process.argv.slice(2);
if (!file || !rendererDir || !['date', 'search'].includes(mode))
  throw new Error('Usage: gridKeyTrace.ts <archive> <renderer dir> [date|search]');
const { page, browser, url, close } = await openInstrumentedGrid(file, rendererDir);
try {
  let field;
  let words: string[];
  if (mode === 'search') {
    field = page.getByRole('searchbox', { name: 'Search Meetings' });
    words = (await sampleWords(url)).search;
  } else {
    await page.getByRole('button', { name: 'Filter Date', exact: true }).click();
    field = page.getByRole('dialog', { name: 'Filter Date' }).getByLabel('From', { exact: true });
    words = Array.from({ length: 23 }, (_, i) => String(2000 + ((i * 7) % 24)));
  }
  const delay = mode === 'search' ? 150 : 0;
  const parts = { total: [] as number[], task: [] as number[], send: [] as number[] };
  const after = { answered: [] as number[], script: [] as number[], paint: [] as number[] };
  // The end of the last paint the trace holds (the rows' frame), against the yardstick's time.
  const lastPaint = { at: [] as number[], yardstickLater: [] as number[] };
  for (const [n, word] of words.entries()) {
    await field.click();
    await page.keyboard.press('ControlOrMeta+A');
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    await page.keyboard.type(word, delay ? { delay } : {});
    const { total } = (await page.evaluate(painted(mode === 'search' ? word : undefined))) as {
      total: number;
    };
    const buffer = await browser.stopTracing();
    // The first three warm the code up.
    if (n < 3) continue;
    const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] })
      .traceEvents;
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const own = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
    const input = own.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input');
    const key = input.at(-1);
    const send = events
      .filter(
        (e) => e.name === 'ResourceSendRequest' && /listRecords/.test(e.args?.data?.url ?? ''),
      )
      .at(-1);
    const end = events.filter((e) => e.name === 'ResourceFinish').at(-1);
    if (!key || !send || !end) continue;
    const sum = (from: number, names: string[]) =>
      own
        .filter((e) => e.ph === 'X' && names.includes(e.name) && e.ts >= from)
        .reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    parts.total.push(total);
    const paint = own.filter((e) => e.ph === 'X' && e.name === 'Paint').at(-1);
    if (paint) {
      const at = (paint.ts + (paint.dur ?? 0) - key.ts) / 1000;
      lastPaint.at.push(at);
      lastPaint.yardstickLater.push(total - at);
    }
    parts.task.push((key.dur ?? 0) / 1000);
    parts.send.push((send.ts - key.ts) / 1000);
    after.answered.push((end.ts - key.ts) / 1000);
    after.script.push(sum(end.ts, SCRIPT));
    after.paint.push(sum(end.ts, [...PAINT, 'Layout', 'UpdateLayoutTree']));
    console.log(
      `${word}: ${total.toFixed(0)} ms; input task ${((key.dur ?? 0) / 1000).toFixed(1)}, ` +
        `page asked at ${((send.ts - key.ts) / 1000).toFixed(1)}, answered at ` +
        `${((end.ts - key.ts) / 1000).toFixed(1)}; after it script ${sum(end.ts, SCRIPT).toFixed(1)}, ` +
        `style, layout and paint ${sum(end.ts, [...PAINT, 'Layout', 'UpdateLayoutTree']).toFixed(1)}`,
    );
  }
  const line = (label: string, values: number[]) => {
    const s = stats(values);
    console.log(`${label}: p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} (${s.n})`);
  };
  line('keystroke → rows painted (traced)', parts.total);
  line('the input event’s task', parts.task);
  line('input event → the page asked', parts.send);
  line('input event → the answer ended', after.answered);
  line('after the answer: script', after.script);
  line('after the answer: style, layout, paint', after.paint);
  line('input event → the last paint ended', lastPaint.at);
  line('the yardstick’s time less that', lastPaint.yardstickLater);
} finally {
  await close();
}
