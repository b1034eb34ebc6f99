/**
 * Where the page's time goes in a drag and in jumps, by function: a V8 CPU profile (CDP) of the
 * Meetings grid, summed by self time. Not part of `npm run bench`; a tool for finding what to
 * change. Build the renderer unminified first, so that the functions keep their names:
 *
 *   npx vite build --config renderer/vite.config.ts --minify false --outDir /tmp/renderer-named
 *   npx tsx bench/gridProfile.ts <archive at the current schema> /tmp/renderer-named [drag|jump|frames|date]
 *
 * `frames` also traces three more drags (a Chromium trace, as the grid bench's traced drag) and
 * prints the main thread's work per frame by kind: script, style, layout, paint; each drag is
 * followed by the same drag of a plain copy of the grid (no script: the yardstick).
 * `date` types twenty years into the Date filter's From field, each word's rows painted before
 * the next, and profiles only that typing: what a key in the field renders, and the answer's.
 */
import { openInstrumentedGrid, type ScrollTrace, tracedScroll } from './gridMeasure.js';
import { JUMP, PAINTED, SCROLL, PLAIN_COPY, PLAIN_REMOVE } from './gridPageScripts.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rendererDir, what = 'drag'] = process.argv.slice(2);
if (!file || !rendererDir)
  throw new Error('Usage: gridProfile.ts <archive> <renderer dir> [drag|jump|frames|date]');

const { page, close } = await openInstrumentedGrid(file, rendererDir);
try {
  // One drag unprofiled, so that the profile is of warm code.
  await page.evaluate(SCROLL(2000));
  if (what === 'frames') {
    // Three drags unprofiled, each followed by one of the plain copy (PLAIN_COPY): their frame
    // intervals, placeholder frames and long tasks.
    const top = (copy: boolean) =>
      page.evaluate(
        `document.querySelector(${JSON.stringify(copy ? '#grid-plain-copy' : '.section-panel:not([hidden]) .table-scroll')}).scrollTop = 0`,
      );
    const report = (
      name: string,
      drag: { times: number[]; placeholders: number; long: number[] },
    ) => {
      const sorted = [...drag.times].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      console.log(
        `${name}: frame p50 ${at(0.5)?.toFixed(1)} p95 ${at(0.95)?.toFixed(1)} ms, ` +
          `placeholder frames ${drag.placeholders} of ${drag.times.length}, ` +
          `long tasks ${drag.long.length} (longest ${Math.max(0, ...drag.long).toFixed(0)} ms)`,
      );
    };
    const traced = (name: string, t: ScrollTrace) => {
      const per = (ms: number) => (ms / t.frames).toFixed(2);
      console.log(
        `${name}, per frame (ms): script ${per(t.script)} (forced layout ` +
          `${per(t.forcedLayout)}), style ${per(t.style)}, layout ${per(t.layout)}, ` +
          `paint ${per(t.paint)}; frame's own (style + layout − forced + paint) ` +
          `${per(t.style + t.layout - t.forcedLayout + t.paint)}`,
      );
    };
    type Drag = { times: number[]; placeholders: number; long: number[] };
    for (let run = 1; run <= 3; run++) {
      report(`drag ${run}`, (await page.evaluate(SCROLL(10_000))) as Drag);
      await top(false);
      await page.evaluate(PLAIN_COPY(10_100));
      report(`plain copy, drag ${run}`, (await page.evaluate(SCROLL(10_000, true))) as Drag);
      await page.evaluate(PLAIN_REMOVE);
    }
    for (let run = 1; run <= 3; run++) {
      traced(`traced drag ${run}`, await tracedScroll(page, 10_000));
      await top(false);
      await page.evaluate(PLAIN_COPY(10_100));
      traced(`plain copy, traced drag ${run}`, await tracedScroll(page, 10_000, true));
      await page.evaluate(PLAIN_REMOVE);
    }
  }
  const years = Array.from({ length: 20 }, (_, i) => String(2000 + ((i * 7) % 24)));
  const dateFrom = page.getByRole('dialog', { name: 'Filter Date' }).getByLabel('From', {
    exact: true,
  });
  const typeYear = async (year: string) => {
    await dateFrom.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(year);
    await page.evaluate(PAINTED);
  };
  if (what === 'date') {
    await page.getByRole('button', { name: 'Filter Date', exact: true }).click();
    // Warm: the panel's and the grid's code run once before the profile.
    for (const year of years.slice(0, 3)) await typeYear(year);
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  if (what === 'frames') {
    // Measured above.
  } else if (what === 'date') {
    for (const year of years) await typeYear(year);
  } else if (what === 'jump') {
    for (const fraction of [0.5, 0.23, 0.77, 0.41, 0.9, 0.12, 0.66, 0.35, 0.58, 0.84]) {
      await page.evaluate(JUMP(fraction));
    }
  } else {
    await page.evaluate(SCROLL(10_000));
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + ms);
    total += ms;
  });
  // Inclusive time by function: each sample counted once for every function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nameOf = (n: ProfileNode) => {
    const { functionName, url, lineNumber } = n.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
  };
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      const name = nameOf(node);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  });
  const idle = self.get('(idle) :0') ?? 0;
  console.log(`${what}: ${total.toFixed(0)} ms profiled, ${(total - idle).toFixed(0)} ms busy`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
  }
  console.log('inclusive:');
  for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
  }
} finally {
  await close();
}
