import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { apiInputSchemas, type ApiResult } from '../api.js';
import { openArchive } from '../open/open.js';
import { countRecords, listRecords } from '../query/query.js';
import { createReaderPool, type ReaderPool } from '../readers/readerPool.js';
import { callApi, createHandlers } from '../service.js';
import { timeline } from '../timeline/timeline.js';
import { timelineSummary } from '../timeline/timelineSummary.js';
import { create, rejection } from './fixtures.js';
import { fillTopics, SLOW_COUNT } from './manyTopics.js';
import { tempArchive } from './tempArchive.js';

const pools: ReaderPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});

function pool(file: string, size = 2, threads: Worker[] = []): ReaderPool {
  const made = createReaderPool({ file, size, onThread: (t) => threads.push(t) });
  pools.push(made);
  return made;
}

const TOPICS = 400_000;

const query = (q: object) => apiInputSchemas.listRecords.parse(q);

describe('reader threads', () => {
  test('answer lists, counts and the timeline as the main connection does', async () => {
    const { db, file } = tempArchive();
    create(db, 'visits', { title: 'Visit to Astana', country: 'KZ', start_date: '2023-09-19' });
    create(db, 'visits', { title: 'Visit to Baku', country: 'AZ', start_date: '2022-05' });
    const readers = pool(file);
    const visits = query({ table: 'visits', sort: [{ field: 'title' }] });
    expect(await readers.run('listRecords', visits)).toEqual(listRecords(db, visits));
    expect(await readers.run('countRecords', visits)).toEqual(countRecords(db, visits));
    expect(await readers.run('timeline', visits)).toEqual(timeline(db, visits));
    const summary = { query: visits, lanes: 'country' as const };
    expect(await readers.run('timelineSummary', summary)).toEqual(timelineSummary(db, summary));
  });

  test('see a record saved on the main thread in the very next list', async () => {
    const { db, file } = tempArchive();
    const handlers = createHandlers(db, file, { readers: pool(file) });
    const topics = { table: 'topics', search: 'Connectivity' };
    expect(await callApi(handlers, 'listRecords', topics)).toMatchObject({
      value: { rows: [], total: 0 },
    });
    const saved = await callApi(handlers, 'saveRecord', {
      table: 'topics',
      values: { name: 'Connectivity' },
    });
    expect(saved.ok).toBe(true);
    const listed = await callApi(handlers, 'listRecords', topics);
    expect(listed).toMatchObject({ ok: true, value: { total: 1 } });
    expect(listed.ok && listed.value.rows[0]?.['name']).toBe('Connectivity');
  });

  test('refuse a bad query with the sentence the main connection gives', async () => {
    const { file } = tempArchive();
    const readers = pool(file);
    const bad = query({ table: 'visits', where: [{ field: 'nope', op: 'equals', value: 1 }] });
    const error = await rejection(readers.run('listRecords', bad));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/nope/);
  });
});

describe('a long read', () => {
  // One large archive for these tests: filling it is the slow part.
  let db: Database;
  let file: string;
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
    file = path.join(dir, 'archive.db');
    db = openArchive(file, { create: true });
    fillTopics(db, TOPICS);
  });
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('does not hold up the stats or a save, which answer before it', async () => {
    const handlers = createHandlers(db, file, { readers: pool(file, 1) });
    // The thread is started first, so that what is measured is the count, not its start.
    await callApi(handlers, 'countRecords', { table: 'visits' });
    const order: string[] = [];
    const note = (name: string) => (result: ApiResult<unknown>) => {
      expect(result.ok).toBe(true);
      order.push(name);
    };
    const long = callApi(handlers, 'countRecords', SLOW_COUNT).then(note('count'));
    const stats = callApi(handlers, 'stats', {}).then(note('stats'));
    const save = callApi(handlers, 'saveRecord', {
      table: 'visits',
      values: { title: 'Saved during the count' },
    }).then(note('save'));
    await Promise.all([long, stats, save]);
    expect(order).toEqual(['stats', 'save', 'count']);
  });

  test('is quiet only once no read is queued or running, and a read asked meanwhile waits for it', async () => {
    const readers = pool(file, 2);
    const order: string[] = [];
    const count = readers.run('countRecords', query(SLOW_COUNT)).then(() => order.push('count'));
    const quiet = readers.quiet(0).then(() => order.push('quiet'));
    // A read that ends as the count does, asked while the pool is busy: the span waits for both.
    const second = count.then(() =>
      readers.run('countRecords', query(SLOW_COUNT)).then(() => order.push('second count')),
    );
    await Promise.all([count, quiet, second]);
    expect(order).toEqual(['count', 'second count', 'quiet']);
  });

  test('a page of rows asked after two counts is answered before them, on the thread they leave free', async () => {
    const readers = pool(file, 2);
    // Both threads answer once, so that what is compared is the reads, not the threads' start.
    const page = query({ table: 'topics', sort: [{ field: 'name' }], limit: 20, withTotal: false });
    await Promise.all([readers.run('listRecords', page), readers.run('listRecords', page)]);
    const order: string[] = [];
    const note = (name: string) => () => order.push(name);
    const counts = [1, 2].map((n) =>
      readers.run('countRecords', query(SLOW_COUNT)).then(note(`count ${n}`)),
    );
    const rows = readers.run('listRecords', page).then((answer) => {
      order.push('page');
      return answer;
    });
    expect((await rows).rows).toHaveLength(20);
    await Promise.all(counts);
    expect(order).toEqual(['page', 'count 1', 'count 2']);
  });

  test("the timeline's picture of the whole archive is answered before two counts asked first; a filtered one waits for them", async () => {
    const readers = pool(file, 2);
    const summary = (q: object) =>
      apiInputSchemas.timelineSummary.parse({ query: { table: 'visits', ...q }, lanes: 'country' });
    await Promise.all([
      readers.run('timelineSummary', summary({})),
      readers.run('timelineSummary', summary({})),
    ]);
    const order: string[] = [];
    const note = (name: string) => () => order.push(name);
    const counts = [1, 2].map((n) =>
      readers.run('countRecords', query(SLOW_COUNT)).then(note(`count ${n}`)),
    );
    const filtered = readers
      .run('timelineSummary', summary({ where: [{ field: 'country', op: 'equals', value: 'KZ' }] }))
      .then(note('filtered'));
    const whole = readers.run('timelineSummary', summary({})).then(note('whole'));
    await Promise.all([...counts, filtered, whole]);
    expect(order).toEqual(['whole', 'count 1', 'count 2', 'filtered']);
  });

  test('cancelled while queued never runs; cancelled while running answers nothing', async () => {
    const readers = pool(file, 1);
    const running = new AbortController();
    const slow = readers.run('countRecords', query(SLOW_COUNT), running.signal);
    const queued = new AbortController();
    const out = path.join(dir, 'never.csv');
    const input = { query: query({ table: 'topics' }), delimiter: 'comma', bom: true } as const;
    const exported = readers.exportFile({ ...input, dates: 'iso', labels: 'codes' }, out, {
      signal: queued.signal,
    });
    const after = readers.run('countRecords', query({ table: 'topics' }));
    queued.abort();
    running.abort();
    expect((await rejection(exported)).message).toMatch(/cancelled, so no file was written/);
    expect((await rejection(slow)).message).toMatch(/cancelled/);
    expect(await after).toEqual({ count: TOPICS });
    expect(fs.readdirSync(dir).filter((name) => name.includes('never'))).toEqual([]);
  });

  test('a read cancelled while running ends its thread, and a new one takes its place', async () => {
    const threads: Worker[] = [];
    let replaced: (thread: Worker) => void = () => {};
    const replacement = new Promise<Worker>((resolve) => (replaced = resolve));
    const readers = createReaderPool({
      file,
      size: 1,
      // At once: whether a read is long enough to be worth ending is the benchmark's question.
      endingAfterMs: 0,
      onThread: (thread) => (threads.push(thread) === 2 ? replaced(thread) : undefined),
    });
    pools.push(readers);
    await readers.run('countRecords', query({ table: 'visits' }));
    const stale = new AbortController();
    const slow = readers.run('countRecords', query(SLOW_COUNT), stale.signal);
    const ended = new Promise((resolve) => threads[0]!.once('exit', resolve));
    stale.abort();
    expect((await rejection(slow)).message).toMatch(/cancelled/);
    // The count nobody waits for stops, and the next request is answered by the new thread.
    await ended;
    await replacement;
    expect(await readers.run('countRecords', query({ table: 'topics' }))).toEqual({
      count: TOPICS,
    });
    expect(threads).toHaveLength(2);
  });

  test('a CSV stream cancelled by its reader stops, and the thread answers the next request', async () => {
    const readers = pool(file, 1);
    const stop = new AbortController();
    let chunks = 0;
    const input = {
      query: query({ table: 'topics' }),
      delimiter: 'comma',
      bom: true,
      dates: 'iso',
    };
    const streamed = readers.streamCsv(
      input as Parameters<ReaderPool['streamCsv']>[0],
      () => {
        chunks++;
        stop.abort();
      },
      { signal: stop.signal },
    );
    expect((await rejection(streamed)).message).toMatch(/cancelled/);
    expect(chunks).toBe(1);
    expect(await readers.run('countRecords', query({ table: 'topics' }))).toEqual({
      count: TOPICS,
    });
  });

  test('closing fails what is queued with a sentence', async () => {
    const readers = createReaderPool({ file, size: 1 });
    const running = readers.run('countRecords', query(SLOW_COUNT));
    const queued = readers.run('countRecords', query({ table: 'topics' }));
    const closing = readers.close();
    expect((await rejection(queued)).message).toBe(
      'The archive was closed before the request was answered.',
    );
    // The one running may finish before its thread stops: either way it settles.
    await Promise.allSettled([running]);
    await closing;
  });

  test('on a thread that dies fails with a sentence, and the next request gets a new thread', async () => {
    const threads: Worker[] = [];
    const readers = pool(file, 1, threads);
    await readers.run('countRecords', query({ table: 'visits' }));
    const dying = readers.run('countRecords', query(SLOW_COUNT));
    await threads[0]!.terminate();
    const error = await rejection(dying);
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/stopped unexpectedly.*Try again/);
    expect(await readers.run('countRecords', query({ table: 'topics' }))).toEqual({
      count: TOPICS,
    });
    expect(threads).toHaveLength(2);
  });
});

describe('a CSV export on a reader thread', () => {
  test('writes the file the main connection would, reporting progress, and leaves no temporary file', async () => {
    const { db, file, dir } = tempArchive();
    create(db, 'topics', { name: 'Energy', description: '=cmd' });
    create(db, 'topics', { name: 'Transport', description: 'Rail, roads' });
    const out = path.join(dir, 'topics.csv');
    const progress: number[][] = [];
    const input = {
      query: query({ table: 'topics', sort: [{ field: 'name' }] }),
      delimiter: 'semicolon',
      bom: true,
      dates: 'iso',
      labels: 'codes',
    } as const;
    const written = await pool(file).exportFile(input, out, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(written).toEqual({ file: out, rows: 2 });
    expect(fs.readFileSync(out, 'utf8')).toBe(
      "\uFEFFName;Description\r\nEnergy;'=cmd\r\nTransport;Rail, roads\r\n",
    );
    expect(progress.at(-1)).toEqual([2, 2]);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([]);
  });
});
