/**
 * The grid bench's typing cases alone (the date filter, the search box, the City filter), with
 * every word's requests: what the page asked, when, and what was still in flight. Not part of
 * `npm run bench`; a tool for finding where a keystroke's time goes, and for comparing two
 * renderers on the same server:
 *
 *   npx tsx bench/gridTyping.ts <archive at the current schema> <renderer dir> [date] [search] [city]
 *
 * With GRID_KEY_MS=150 the keys of a word come 150 ms apart, as a person types them.
 */
import { startGridServer } from './gridArchive.js';
import { measureTyping, TYPING_CASES } from './gridMeasure.js';
import { sampleWords, typingLog } from './gridSection.js';

const [file, rendererDir, ...cases] = process.argv.slice(2);
if (!file || !rendererDir)
  throw new Error('Usage: gridTyping.ts <archive> <renderer dir> [date] [search] [city]');
const server = await startGridServer(file, rendererDir);
try {
  const words = await sampleWords(server.url);
  const figures = await measureTyping(server.url, words, cases.length ? cases : TYPING_CASES);
  console.log(typingLog(figures));
  const f = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(1));
  for (const c of figures) {
    const s = c.split;
    console.log(
      [
        c.label,
        `  keystroke → rows painted p50 ${f(c.total?.p50)} p95 ${f(c.total?.p95)}`,
        `  request → rows painted p50 ${f(c.request?.p50)} p95 ${f(c.request?.p95)}`,
        `  alone p50 ${f(c.alone?.p50)} p95 ${f(c.alone?.p95)}`,
        `  last key → asked p50 ${f(s?.keyToAsk.p50)} p95 ${f(s?.keyToAsk.p95)}`,
        `  asked → answered p50 ${f(s?.asked.p50)} p95 ${f(s?.asked.p95)}`,
        `  per word: pages ${f(s?.pages.p50)} (max ${f(s?.pages.max)}), counts ${f(s?.counts.p50)} (max ${f(s?.counts.max)}), aborted ${f(s?.aborted.p50)} (max ${f(s?.aborted.max)}), stale in flight ${f(s?.staleInFlight.p50)} (max ${f(s?.staleInFlight.max)})`,
      ].join('\n'),
    );
  }
} finally {
  await server.stop();
}
