/**
 * How long a page of a table and a save wait while a long count runs, answered on the host's own
 * thread and then by the reader threads (db/readers/readerPool.ts): `npx tsx bench/readerLatency.ts
 * [topics]` (1,000,000 topics unless given), in a temporary archive removed afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openArchive } from '../db/open/open.js';
import { apiInputSchemas } from '../db/api.js';
import { createReaderPool, type ReaderPool } from '../db/readers/readerPool.js';
import { callApi, createHandlers, type Handlers } from '../db/service.js';
import { fillTopics, SLOW_COUNT } from '../db/test/manyTopics.js';

const topics = Number(process.argv[2] ?? 1_000_000);
const ROUNDS = 5;
const page = { table: 'topics', sort: [{ field: 'name' }], limit: 100, offset: 5000 };

async function measure(label: string, handlers: Handlers): Promise<void> {
  // Warm: the statements prepared, the threads started and their connections open.
  await Promise.all([
    callApi(handlers, 'listRecords', page),
    callApi(handlers, 'countRecords', page),
  ]);
  const waits: Record<'count' | 'page' | 'save', number[]> = { count: [], page: [], save: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    const took = (name: keyof typeof waits) => () => {
      waits[name].push(performance.now() - start);
    };
    await Promise.all([
      callApi(handlers, 'countRecords', SLOW_COUNT).then(took('count')),
      callApi(handlers, 'listRecords', { ...page, withTotal: false }).then(took('page')),
      callApi(handlers, 'saveRecord', {
        table: 'visits',
        values: { title: 'During a count' },
      }).then(took('save')),
    ]);
  }
  const median = (ms: number[]) => Math.round(ms.sort((a, b) => a - b)[ms.length >> 1] ?? 0);
  console.log(
    `${label}: the count ${median(waits.count)} ms, a page ${median(waits.page)} ms, a save ${median(waits.save)} ms (medians of ${ROUNDS})`,
  );
}

/** Two counts nobody waits for any more (the user typed on), then the page they want. */
async function afterAbandoned(readers: ReaderPool): Promise<void> {
  const waits: number[] = [];
  const input = (q: object) => apiInputSchemas.listRecords.parse(q);
  for (let round = 0; round < ROUNDS; round++) {
    const stale = new AbortController();
    const counts = [1, 2].map(() =>
      readers.run('countRecords', input(SLOW_COUNT), stale.signal).catch(() => undefined),
    );
    stale.abort();
    const start = performance.now();
    await readers.run('listRecords', input({ ...page, withTotal: false }));
    waits.push(performance.now() - start);
    await Promise.all(counts);
  }
  const median = Math.round(waits.sort((a, b) => a - b)[waits.length >> 1] ?? 0);
  console.log(`a page after two abandoned counts: ${median} ms (median of ${ROUNDS})`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
const file = path.join(dir, 'archive.db');
const db = openArchive(file, { create: true });
try {
  fillTopics(db, topics);
  console.log(`${topics.toLocaleString('en-US')} topics, on ${os.cpus().length} cores`);
  await measure('on the host thread', createHandlers(db, file));
  const readers = createReaderPool({ file });
  try {
    await measure('with 2 reader threads', createHandlers(db, file, { readers }));
    await afterAbandoned(readers);
  } finally {
    await readers.close();
  }
} finally {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
