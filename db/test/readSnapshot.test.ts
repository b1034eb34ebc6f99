import { afterEach, describe, expect, test } from 'vitest';
import { apiInputSchemas } from '../api.js';
import { listRecords } from '../query/query.js';
import { createReaderPool, type ReaderPool } from '../readers/readerPool.js';
import { startBusyWriter, type BusyWriter } from './busyWriter.js';
import { create } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

/**
 * A request that reads with several statements (a page and its total; the timeline summary's
 * counts and its last day) must read them from one state of the archive, even while another
 * process commits between them.
 */
const READS = 600;
const CHANGES = 100;
const pools: ReaderPool[] = [];
const writers: BusyWriter[] = [];
afterEach(async () => {
  for (const writer of writers.splice(0)) await writer.stop();
  for (const pool of pools.splice(0)) await pool.close();
});

const topics = apiInputSchemas.listRecords.parse({ table: 'topics', limit: 100 });
const visits = {
  query: apiInputSchemas.listRecords.parse({ table: 'visits' }),
  lanes: 'one',
} as const;

async function busyArchive() {
  const { db, file } = tempArchive();
  for (const name of ['Energy', 'Transport', 'Water']) create(db, 'topics', { name });
  const visit = create(db, 'visits', { title: 'Moving visit', start_date: '2099-01-15' });
  writers.push(await startBusyWriter(file, visit));
  const pool = createReaderPool({ file, size: 1 });
  pools.push(pool);
  return { db, pool };
}

/**
 * What the reads saw: how often they disagreed, and how often the state they met changed. They
 * go on until the writer has changed it CHANGES times, however fast either runs, so that a
 * disagreement had its chances.
 */
async function compare(read: () => Promise<{ agree: boolean; state: string }>) {
  let disagreed = 0;
  let changes = 0;
  let last: string | null = null;
  for (let reads = 0; reads < READS || changes < CHANGES; reads++) {
    const { agree, state } = await read();
    if (!agree) disagreed++;
    if (last !== null && state !== last) changes++;
    last = state;
  }
  return { disagreed, changes };
}

describe('under a writer in another process', () => {
  test('a page and its total agree on a reader thread', async () => {
    const { pool } = await busyArchive();
    const seen = await compare(async () => {
      const { rows, total } = await pool.run('listRecords', topics);
      return { agree: rows.length === total, state: `${rows.length}` };
    });
    expect(seen.disagreed).toBe(0);
  });

  test('a page and its total agree on the connection that writes', async () => {
    const { db } = await busyArchive();
    const seen = await compare(async () => {
      const { rows, total } = listRecords(db, topics);
      return { agree: rows.length === total, state: `${rows.length}` };
    });
    expect(seen.disagreed).toBe(0);
  });

  test('the timeline summary ends in the month of its last count', async () => {
    const { pool } = await busyArchive();
    const seen = await compare(async () => {
      const { cells, last } = await pool.run('timelineSummary', visits);
      const lastMonth = cells
        .map((c) => c[1])
        .sort()
        .at(-1);
      return { agree: last?.slice(0, 7) === lastMonth, state: lastMonth ?? '' };
    });
    expect(seen.disagreed).toBe(0);
  });
});
