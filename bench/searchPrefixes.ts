/**
 * What each prefix of the grid bench's search words costs alone: the Meetings grid's first page
 * for every prefix a person types on the way to a word ("m", "me", "mee", ...), asked over HTTP
 * one at a time, as the search box would ask them if its pause let every key through. Not part of
 * `npm run bench`; a tool for choosing the search box's pause:
 *
 *   npx tsx bench/searchPrefixes.ts <archive at the current schema> <renderer dir>
 */
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../e2e/chromiumLaunch.js';
import { startGridServer } from './gridArchive.js';
import { stats } from './gridMeasure.js';
import { sampleWords } from './gridSection.js';

const [file, rendererDir] = process.argv.slice(2);
if (!file || !rendererDir) throw new Error('Usage: searchPrefixes.ts <archive> <renderer dir>');
const server = await startGridServer(file, rendererDir);
try {
  const words = (await sampleWords(server.url)).search;
  // The grid's own first page of a search, taken from the page, so the columns and order are its.
  const browser = await chromium.launch(chromiumLaunch);
  let body: Record<string, unknown> | null = null;
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
    await page.goto(server.url);
    await page.getByRole('tab', { name: 'Meetings', exact: true }).click({ timeout: 180_000 });
    const asked = page.waitForRequest(
      (r) => r.url().endsWith('/api/listRecords') && !!r.postData()?.includes('"search"'),
      { timeout: 180_000 },
    );
    await page.getByRole('searchbox', { name: 'Search Meetings' }).fill(words[0] ?? 'a');
    body = JSON.parse((await asked).postData() ?? '{}') as Record<string, unknown>;
  } finally {
    await browser.close();
  }
  if (!body) throw new Error('The grid asked no search');
  const token = new URL(server.url).searchParams.get('token') ?? '';
  const ask = async (search: string) => {
    const began = performance.now();
    const response = await fetch(new URL('/api/listRecords', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Archive-Token': token },
      body: JSON.stringify({ ...body, search, offset: 0 }),
    });
    await response.json();
    return performance.now() - began;
  };
  const byLength = new Map<number, number[]>();
  for (const word of words) {
    const line: string[] = [];
    for (let n = 1; n <= word.length; n++) {
      const ms = await ask(word.slice(0, n));
      byLength.set(Math.min(n, 6), [...(byLength.get(Math.min(n, 6)) ?? []), ms]);
      line.push(`${word.slice(0, n)} ${ms.toFixed(0)}`);
    }
    console.log(line.join(', '));
  }
  for (const [n, times] of [...byLength].sort((a, b) => a[0] - b[0])) {
    const s = stats(times);
    console.log(
      `${n === 6 ? '6+' : n} letters: p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} max ${s.max.toFixed(1)} (${s.n})`,
    );
  }
} finally {
  await server.stop();
}
