/**
 * A `contains` filter's first page and count alone, for the twenty three-letter substrings of
 * meetings' cities that the grid bench types (see gridSection.ts sampleWords). Not part of
 * `npm run bench`; for comparing two checkouts on copies of the same archive:
 *
 *   npx tsx bench/substringWords.ts <checkout> <archive at that checkout's schema> [field] [word...]
 *
 * `field` is a meetings field (city unless given); words given replace the twenty. The archive is
 * opened for reading only.
 */
import os from 'node:os';
import path from 'node:path';

const [root, file, field = 'city', ...given] = process.argv.slice(2);
if (!root || !file)
  throw new Error('Usage: substringWords.ts <checkout> <archive> [field] [word...]');
const from = (module: string) => import(path.resolve(root, module));
const { openArchive } = (await from('db/open/open.ts')) as typeof import('../db/open/open.js');
const { listRecords, countRecords } = (await from(
  'db/query/query.ts',
)) as typeof import('../db/query/query.js');
const { QuerySchema } = (await from('db/api.ts')) as typeof import('../db/api.js');

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? NaN;

const db = openArchive(file, { readonly: true });
try {
  const words = new Set<string>(given);
  for (let i = 0; i < 20 && words.size < 20 && given.length === 0; i++) {
    const cities = db
      .prepare(`SELECT city FROM meetings ORDER BY date_lo DESC LIMIT 20 OFFSET ${i * 40_000}`)
      .pluck()
      .all() as (string | null)[];
    for (const city of cities) {
      for (const w of (city ?? '').toLowerCase().match(/\p{L}{4,}/gu) ?? [])
        words.add(w.slice(1, 4));
    }
  }
  console.log(`${new Date().toISOString()} load ${load()}; meetings ${field} contains, ms`);
  const pages: number[] = [];
  const counts: number[] = [];
  for (const word of [...words].slice(0, 20)) {
    const q = QuerySchema.parse({
      table: 'meetings',
      where: [{ field, op: 'contains', value: word }],
      limit: 100,
      withTotal: false,
    });
    const page: number[] = [];
    const count: number[] = [];
    let n = 0;
    for (let run = 0; run < 5; run++) {
      let start = performance.now();
      listRecords(db, q);
      page.push(performance.now() - start);
      start = performance.now();
      n = countRecords(db, q).count;
      count.push(performance.now() - start);
    }
    pages.push(median(page));
    counts.push(median(count));
    console.log(
      `${word}: page ${median(page).toFixed(1)} count ${median(count).toFixed(1)} (${n})`,
    );
  }
  console.log(
    `all words: page p50 ${median(pages).toFixed(1)} p95 ${p95(pages).toFixed(1)}; count p50 ${median(counts).toFixed(1)} p95 ${p95(counts).toFixed(1)}; load ${load()}`,
  );
} finally {
  db.close();
}
