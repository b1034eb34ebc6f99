/**
 * Where the page's time goes in a drag and in jumps, by function: a V8 CPU profile (CDP) of the
 * Meetings grid, summed by self time. Not part of `npm run bench`; a tool for finding what to
 * change. Build the renderer unminified first, so that the functions keep their names:
 *
 *   npx vite build --config renderer/vite.config.ts --minify false --outDir /tmp/renderer-named
 *   npx tsx bench/gridProfile.ts <archive at the current schema> /tmp/renderer-named [drag|jump]
 */
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../e2e/chromiumLaunch.js';
import { startGridServer } from './gridArchive.js';
import { INSTRUMENT, JUMP, SCROLL } from './gridPageScripts.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rendererDir, what = 'drag'] = process.argv.slice(2);
if (!file || !rendererDir)
  throw new Error('Usage: gridProfile.ts <archive> <renderer dir> [drag|jump]');

const server = await startGridServer(file, rendererDir);
const browser = await chromium.launch(chromiumLaunch);
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
  await page.goto(server.url);
  await page.getByRole('tab', { name: 'Meetings', exact: true }).click({ timeout: 180_000 });
  await page.waitForFunction("performance.getEntriesByName('grid-rows').length > 0", undefined, {
    timeout: 180_000,
  });
  await page.evaluate(INSTRUMENT);
  // One drag unprofiled, so that the profile is of warm code.
  await page.evaluate(SCROLL(2000));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  if (what === 'jump') {
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
  const idle = self.get('(idle) :0') ?? 0;
  console.log(`${what}: ${total.toFixed(0)} ms profiled, ${(total - idle).toFixed(0)} ms busy`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
