import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { createReaderPool, type ReaderPool } from '../../db/readers/readerPool.js';
import { fillTopics, SLOW_COUNT } from '../../db/test/manyTopics.js';
import { startWebServer, type WebServer } from '../webServer.js';
import { httpRequest } from './httpRequest.js';
import { tempDir } from './testIo.js';

let dir: string;
let db: Database.Database;
let server: WebServer;
let pool: ReaderPool;
/** Told when the server hands the next read to the reader threads. */
let handed: (signal: AbortSignal) => void = () => undefined;
const nextHanded = () => new Promise<AbortSignal>((resolve) => (handed = resolve));

beforeAll(async () => {
  dir = tempDir();
  const file = path.join(dir, 'archive.db');
  db = openArchive(file, { create: true });
  fillTopics(db, 400_000);
  pool = createReaderPool({ file, size: 1 });
  const readers: ReaderPool = {
    ...pool,
    run: (method, input, signal) => {
      if (signal) handed(signal);
      return pool.run(method, input, signal);
    },
  };
  server = await startWebServer({ db, file, rendererDir: null, readers });
});

afterAll(async () => {
  await server.close();
  await pool.close();
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function api(method: string, body: unknown) {
  return httpRequest(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-Archive-Token': server.token },
    body: JSON.stringify(body),
  });
}

describe('web mode with reader threads', () => {
  test('a long count does not hold up the stats or a save', async () => {
    await api('countRecords', { table: 'visits' });
    const order: string[] = [];
    const note = (name: string) => (answer: { status: number }) => {
      expect(answer.status).toBe(200);
      order.push(name);
    };
    await Promise.all([
      api('countRecords', SLOW_COUNT).then(note('count')),
      api('stats', {}).then(note('stats')),
      api('saveRecord', { table: 'visits', values: { title: 'Saved during the count' } }).then(
        note('save'),
      ),
    ]);
    expect(order).toEqual(['stats', 'save', 'count']);
  });

  test('a request the browser abandons is cancelled, and the next one is answered', async () => {
    const handedOver = nextHanded();
    const req = http.request({
      host: '127.0.0.1',
      port: server.port,
      method: 'POST',
      path: '/api/countRecords',
      headers: {
        Host: `127.0.0.1:${server.port}`,
        'Content-Type': 'application/json',
        'X-Archive-Token': server.token,
      },
    });
    req.on('error', () => undefined);
    req.end(JSON.stringify(SLOW_COUNT));
    const signal = await handedOver;
    expect(signal.aborted).toBe(false);
    req.destroy();
    await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    const next = await api('countRecords', { table: 'topics' });
    expect(JSON.parse(next.body)).toEqual({ ok: true, value: { count: 400_000 } });
  });
});
