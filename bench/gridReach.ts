/**
 * Every row of a table taller than the tallest element a browser lays out (about 33.5 million
 * pixels: a million rows of 32), shown in Chromium against web mode on a real archive: the last
 * meeting reached by Ctrl+End and by the scroll bar dragged to its end, and the time each takes
 * until that row shows its record. e2e/gridReach.spec.ts proves the same mapping on the demo with
 * the cap lowered; this proves it at full size. Not part of `npm run bench` (it needs an archive
 * of more than 1,040,000 meetings: `generateArchive(file, 240000, 2)` from bench/generation.ts):
 *
 *   npx tsx bench/gridReach.ts <archive at the current schema> <renderer dir>
 */
import os from 'node:os';
import { chromium, expect, type Locator } from '@playwright/test';
import { chromiumLaunch } from '../e2e/chromiumLaunch.js';
import { RecordTablePage } from '../e2e/pages/RecordTablePage.js';
import { openArchive } from '../db/open/open.js';
import { listRecords, countRecords } from '../db/query/query.js';
import { parseQuery } from '../db/query/compileQuery.js';
import { startGridServer } from './gridArchive.js';

const [file, rendererDir] = process.argv.slice(2);
if (!file || !rendererDir) throw new Error('Usage: gridReach.ts <archive> <renderer dir>');

/** The table's default order, as the grid asks it: its last row is what Ctrl+End must show. */
const db = openArchive(file, { readonly: true });
const total = countRecords(db, parseQuery({ table: 'meetings' })).count;
const lastRow = listRecords(
  db,
  parseQuery({ table: 'meetings', columns: ['id', 'visit'], offset: total - 1, limit: 1 }),
).rows[0];
db.close();
if (total * 32 <= 33_554_432) throw new Error(`${total} meetings fit a browser's tallest element.`);
const lastVisit = String(lastRow?.visit ?? '');

const server = await startGridServer(file, rendererDir);
const browser = await chromium.launch(chromiumLaunch);
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
  await page.goto(server.url);
  const tab = page.getByRole('tab', { name: 'Meetings', exact: true });
  await tab.waitFor({ timeout: 300_000 });
  await tab.click();
  const meetings = new RecordTablePage(page, 'Meetings');
  await expect(meetings.rowAt(0)).not.toHaveClass(/is-pending/, { timeout: 300_000 });
  await expect(meetings.count).toHaveText(`${total.toLocaleString('en')} meetings`, {
    timeout: 300_000,
  });
  const height = await meetings.scroller.evaluate((el) => el.scrollHeight);
  const last = meetings.rowAt(total - 1);
  const shown = async (row: Locator) => {
    await expect(row).toBeInViewport({ timeout: 120_000 });
    await expect(row).not.toHaveClass(/is-pending/, { timeout: 120_000 });
    await expect(row.getByRole('gridcell').nth(1)).toHaveText(lastVisit, { timeout: 120_000 });
  };
  const timed = async (act: () => Promise<void>) => {
    const start = performance.now();
    await act();
    await shown(last);
    return performance.now() - start;
  };
  const times: { how: string; ms: number }[] = [];
  for (let i = 0; i < 3; i++) {
    await meetings.rowAt(0).getByRole('gridcell').first().focus();
    times.push({ how: 'Ctrl+End', ms: await timed(() => page.keyboard.press('Control+End')) });
    await page.keyboard.press('Control+Home');
    await expect(meetings.rowAt(0)).toBeInViewport({ timeout: 120_000 });
    times.push({
      how: 'scroll bar to its end',
      ms: await timed(() =>
        meetings.scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight)).then(() => undefined),
      ),
    });
    await meetings.scroller.evaluate((el) => el.scrollTo(0, 0));
    await expect(meetings.rowAt(0)).toBeInViewport({ timeout: 120_000 });
  }
  await meetings.scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await shown(last);
  await page.screenshot({ path: 'bench/data/grid-reach-last-row.png' });
  console.log(
    [
      `${total.toLocaleString('en')} meetings (${(total * 32).toLocaleString('en')} px at 32 a row); scroll range ${height.toLocaleString('en')} px; load average ${os.loadavg()[0]?.toFixed(1)}`,
      `last row: ${String(lastRow?.id)} of the visit "${lastVisit}", shown in the page`,
      ...times.map((t) => `${t.how} → last row shown: ${t.ms.toFixed(0)} ms`),
    ].join('\n'),
  );
} finally {
  await browser.close();
  await server.stop();
}
