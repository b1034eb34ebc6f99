/**
 * The grid's part of `npm run bench` (alone: `npm run bench -- --only grid`, after
 * `npm run build`): measures the Meetings grid in Chromium and writes its section of
 * bench/RESULTS.md between its markers, after the findings marker, so that a rerun of the whole
 * bench keeps it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeMarkedSection } from './resultsSections.js';
import { gridArchive, startGridServer } from './gridArchive.js';
import {
  DATE_PAUSE_MS,
  FILTER_APPLY_MS,
  SEARCH_PAUSE_MS,
} from '../renderer/tableTools/filterPause.js';
import {
  measureGrid,
  type GridFigures,
  type GridWords,
  type Stats,
  type TypingFigures,
} from './gridMeasure.js';

const START = '<!-- grid: written by bench/gridSection.ts -->';
const END = '<!-- grid: end -->';
const GOALS = {
  indexed: 50,
  search: 50,
  substring: 150,
  frame: 16.7,
  task: 50,
  jump: 100,
  mb: 150,
};

async function api(url: string, method: string, input: unknown): Promise<unknown> {
  const token = new URL(url).searchParams.get('token') ?? '';
  const response = await fetch(new URL(`/api/${method}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Archive-Token': token },
    body: JSON.stringify(input),
  });
  const answer = (await response.json()) as { ok: boolean; value?: unknown };
  if (!answer.ok) throw new Error(`${method} was refused: ${JSON.stringify(answer)}`);
  return answer.value;
}

/** Twenty different words of the meetings' summaries and cities, spread over the archive. */
export async function sampleWords(url: string): Promise<GridWords> {
  const pick = new Set<string>();
  const cities = new Set<string>();
  for (let i = 0; i < 20 && (pick.size < 20 || cities.size < 20); i++) {
    const { rows } = (await api(url, 'listRecords', {
      table: 'meetings',
      columns: ['summary', 'city'],
      offset: i * 40_000,
      limit: 20,
      withTotal: false,
    })) as { rows: { summary: string | null; city: string | null }[] };
    for (const row of rows) {
      for (const w of (row.summary ?? '').toLowerCase().match(/\p{L}{6,}/gu) ?? []) pick.add(w);
      // Three letters of a city: a substring that is not a whole word.
      for (const w of (row.city ?? '').toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
        cities.add(w.slice(1, 4));
      }
    }
  }
  return { search: [...pick].slice(0, 20), city: [...cities].slice(0, 20) };
}

const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const met = (ok: boolean) => (ok ? 'yes' : '**no**');
const cells = (s: Stats | null) => (s ? `${f(s.p50)} | ${f(s.p95)} | ${f(s.max)}` : '— | — | —');

/** The requests behind a typing case's figures, per word (gridMeasure.ts TypingSplit). */
function splitRows(c: TypingFigures): string[] {
  const s = c.split;
  if (!s) return [];
  return [
    `| ${c.label}, per word: last key → the answering page asked (pause, page's work) | ${cells(s.keyToAsk)} | — | — |`,
    `| ${c.label}, per word: that page asked → answered (server: queue, thread, archive) | ${cells(s.asked)} | — | — |`,
    `| ${c.label}, per word: pages asked / counts asked / of them aborted | ${f(s.pages.p50)} / ${f(s.counts.p50)} / ${f(s.aborted.p50)} | ${f(s.pages.p95)} / ${f(s.counts.p95)} / ${f(s.aborted.p95)} | ${f(s.pages.max)} / ${f(s.counts.max)} / ${f(s.aborted.max)} | — | — |`,
    `| ${c.label}, per word: earlier queries' requests still unanswered when that page was asked | ${cells(s.staleInFlight)} | — | — |`,
  ];
}

/** Every word's requests, one line each, as bench/data/grid-typing.log keeps them. */
export function typingLog(cases: TypingFigures[]): string {
  return cases.flatMap((c) => [`# ${c.label}`, ...(c.split?.lines ?? []), '']).join('\n');
}

export function renderGrid(g: GridFigures, archive: string, date: string): string {
  const goalOf = (label: string) =>
    label.startsWith('Indexed')
      ? GOALS.indexed
      : label.startsWith('Full')
        ? GOALS.search
        : GOALS.substring;
  const work = (t: GridFigures['scrollTrace']) => {
    const per = (ms: number) => (ms / Math.max(1, t.frames)).toFixed(2);
    return `script ${per(t.script)}, of which garbage collection ${per(t.gc)}; style ${per(t.style)}; layout ${per(t.layout)}, of which forced by script ${per(t.forcedLayout)}; paint ${per(t.paint)}`;
  };
  const typingRows = g.typing.flatMap((c) => {
    const goal = goalOf(c.label);
    if (!c.total) return [`| ${c.label} | not measured: ${c.skipped} | — | — | < ${goal} ms | — |`];
    return [
      `| ${c.label}: keystroke → rows painted | ${cells(c.total)} | < ${goal} ms | ${met(c.total.p50 < goal)} |`,
      `| ${c.label}: request → rows painted | ${cells(c.request)} | — | — |`,
      `| ${c.label}: the same requests alone over HTTP (no browser, one at a time) | ${cells(c.alone)} | — | — |`,
      ...splitRows(c),
    ];
  });
  return [
    START,
    '',
    '## Record grid (Chromium, web mode)',
    '',
    `Measured ${date} on ${g.cores} cores (load average ${g.load.toFixed(1)} at the end) by`,
    '`npm run build && npm run bench -- --only grid` (system Chromium, headless, no GPU, 1366×820)',
    `on ${archive} (an upgraded copy of bench.db; bench.db itself is never written): the Meetings`,
    `table, ${g.meetings}. Times in milliseconds, taken in the page. "keystroke → rows painted"`,
    'runs from the last key of a word typed in the control to the frame after the grid marked the',
    "new query's first rows in the page (`performance.mark('grid-rows')`; for the search box, the",
    "typed word's own query); it includes the pause the control waits for typing to stop",
    `(${SEARCH_PAUSE_MS} ms for the search box, ${FILTER_APPLY_MS} ms for a text filter; a whole date is applied`,
    `with its last key, one not whole yet waits ${DATE_PAUSE_MS} ms), which`,
    '"request → rows painted" leaves out. 20 words or years per case, each different from the last.',
    'The rows "per word" come from the requests the page sent from the first key of a word to its',
    "rows painted (Playwright request events; each word's list is in bench/data/grid-typing.log).",
    '"alone" replays the same first-page requests after the browser part, one at a time, with no',
    'other request queued: the time the archive itself takes to answer them.',
    `Scrolling: ${g.scrollRows.toLocaleString('en')} rows at 25 rows a frame (a fast drag), rAF intervals`,
    "and the page's long tasks (PerformanceObserver 'longtask'); the yardstick drags a copy of the",
    "grid's table (its styles, header and rows, the rows in the page repeated) windowed by the least",
    'script a windowed table can have (in each scroll event the rows in view and 3 beyond each edge',
    'put between two spacer rows, from rows made before the drag; bench/gridPageScripts.ts',
    "PLAIN_COPY): the browser's own style, layout and paint of the same rows, with no framework,",
    'fetching or formatting. Jump: the scroll bar set at 10',
    'places, until a frame shows no placeholder row in view (its parts: Resource Timing of the',
    'requests, a MutationObserver on the rows, the end of the frame). Memory: JS heap after a forced garbage',
    'collection (CDP Performance.getMetrics).',
    '',
    '| measure | p50 | p95 | max | goal | met? |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...typingRows,
    `| frame interval while scrolling | ${cells(g.frames)} | p95 < ${GOALS.frame} ms | ${met(g.frames.p95 < GOALS.frame + 0.5)} |`,
    `| long tasks while scrolling: ${g.longTasks}, longest | ${f(g.longestTask)} | — | — | none over ${GOALS.task} ms | ${met(g.longestTask <= GOALS.task)} |`,
    `| frames showing a placeholder row while scrolling | ${g.placeholderFrames} of ${g.frames.n} | — | — | — | — |`,
    `| a second drag, traced: the main thread's work per frame (ms): ${work(g.scrollTrace)} | — | — | — | — | — |`,
    `| yardstick: frame interval while scrolling the same rows windowed in plain DOM | ${cells(g.plain.frames)} | — | — |`,
    `| yardstick: long tasks while scrolling: ${g.plain.longTasks}, longest | ${f(g.plain.longestTask)} | — | — | — | — |`,
    `| frame interval p95, the grid's / the yardstick's | ${(g.frames.p95 / g.plain.frames.p95).toFixed(2)} | — | — | — | — |`,
    `| yardstick, a second drag, traced: the main thread's work per frame (ms): ${work(g.plain.trace)} | — | — | — | — | — |`,
    `| jump to a place (scroll bar) → rows shown | ${cells(g.jump)} | < ${GOALS.jump} ms | ${met(g.jump.p50 < GOALS.jump)} |`,
    `| jump → the frame that shows the rows painted | ${cells(g.jumpParts.painted)} | — | — |`,
    `| jump, part: scroll → the page asks its rows (render, effects) | ${cells(g.jumpParts.toAsk)} | — | — |`,
    `| jump, part: asked → first byte of the last answer needed (server: queue, thread, archive) | ${cells(g.jumpParts.server)} | — | — |`,
    `| jump, part: that answer's transfer | ${cells(g.jumpParts.transfer)} | — | — |`,
    `| jump, part: answer → rows in the page (parse, store, React render and commit) | ${cells(g.jumpParts.toPage)} | — | — |`,
    `| jump, part: rows in the page → painted (style, layout, paint) | ${cells(g.jumpParts.toPaint)} | — | — |`,
    `| jump: requests sent before the rows showed | ${cells(g.jumpParts.requests)} | — | — |`,
    `| jump: the same requests alone over HTTP (no browser, one at a time) | ${cells(g.jumpParts.alone)} | — | — |`,
    `| JS heap (MB), at start → after scrolling and jumping | ${f(g.heapMb.start)} → ${f(g.heapMb.end)} | — | — | < ${GOALS.mb} MB | ${met(g.heapMb.end < GOALS.mb)} |`,
    '',
    END,
  ].join('\n');
}

/** Measures the grid on the large archive and writes its section into `resultsFile`. */
export async function gridSection(benchFile: string, resultsFile: string, rendererDir: string) {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    console.log('The renderer is not built: run `npm run build` to measure the grid.');
    return;
  }
  const file = gridArchive(benchFile);
  console.log('Timing: the Meetings grid in Chromium');
  const server = await startGridServer(file, rendererDir);
  try {
    const words = await sampleWords(server.url);
    const figures = await measureGrid(server.url, words);
    const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
    const section = renderGrid(figures, path.relative(process.cwd(), file), date);
    console.log(section);
    writeMarkedSection(resultsFile, section, START, END);
    const log = path.join(path.dirname(resultsFile), 'data', 'grid-typing.log');
    fs.mkdirSync(path.dirname(log), { recursive: true });
    fs.writeFileSync(log, typingLog(figures.typing));
    console.log(`Each word's requests: ${path.relative(process.cwd(), log)}`);
  } finally {
    await server.stop();
  }
}
