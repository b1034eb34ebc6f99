import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { API_METHODS, METHOD_TABLE, type ApiMethod } from '../../db/api.js';
import { readerHandlers, READER_READS } from '../../db/readers/readerHandlers.js';
import type { ReaderPool } from '../../db/readers/readerPool.js';
import { readOnlyHandlers } from '../../db/readOnlyHandlers.js';
import { createHandlers, type Handlers } from '../../db/service.js';
import { BRIDGE_METHODS } from '../../electron/bridgeMethods.js';
import { bundlePreload, runPreload } from '../../electron/test/preloadBundle.js';
import { archiveDigest } from './archiveDigest.js';
import { httpRequest } from './httpRequest.js';
import { rendererApi } from './rendererApiBundle.js';
import { startWebApiServer, type WebApiServer } from './webApiServer.js';

// Adding a method to the API is its entry in db/contract/methodTable.ts and its handler: every
// host below reads the table, and this walk over it shows that none keeps a list of its own.

let web: WebApiServer;
let db: Database.Database;
let file: string;

beforeAll(async () => {
  web = await startWebApiServer();
  db = web.db;
  file = db.name;
});

afterAll(() => web.close());

function post(method: string, body: string | Buffer, headers: Record<string, string> = {}) {
  return httpRequest(web.server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      'Content-Type': 'application/json',
      'X-Archive-Token': web.server.token,
      ...headers,
    },
    body,
  });
}

describe('every host follows the method table', () => {
  test('the table names every method of the API', () => {
    expect(Object.keys(METHOD_TABLE)).toEqual(API_METHODS);
    expect(API_METHODS.length).toBeGreaterThan(30);
  });

  test('the desktop bridge exposes each method on its own channel', async () => {
    expect(BRIDGE_METHODS).toEqual(API_METHODS);
    const { exposed, invoked } = runPreload(await bundlePreload());
    const bridge = exposed.archive as Record<string, (input: unknown) => Promise<unknown>>;
    for (const method of API_METHODS) await bridge[method]?.({ probe: method });
    expect(invoked.map(([channel]) => channel)).toEqual(API_METHODS.map((m) => `archive:${m}`));
  });

  test('web mode routes each method to its own schema', async () => {
    for (const method of API_METHODS) {
      const routed = JSON.parse((await post(method, 'null')).body);
      expect(routed.error.message).toContain(`The request to ${method} was refused`);
    }
  });

  test("web mode takes as large a body as the method's limit, and no larger", async () => {
    for (const method of API_METHODS) {
      const { bodyLimit } = METHOD_TABLE[method];
      // A body of exactly the limit is read (and then refused as not JSON, before anything runs).
      const atLimit = await post(method, Buffer.alloc(bodyLimit, 'x'));
      expect({ method, status: atLimit.status }).toEqual({ method, status: 400 });
      const over = await post(method, '', { 'Content-Length': String(bodyLimit + 1) });
      expect({ method, status: over.status }).toEqual({ method, status: 413 });
    }
    // Every method's largest body in turn, some hundreds of megabytes: a ceiling for a busy machine.
  }, 180_000);

  test('a body over its limit is refused with a sentence that names the method and its limit', async () => {
    for (const method of API_METHODS) {
      const { bodyLimit } = METHOD_TABLE[method];
      const over = await post(method, '', { 'Content-Length': String(bodyLimit + 1) });
      expect(JSON.parse(over.body).error.message).toBe(
        `The request to ${method} is larger than ${bodyLimit / 1024 / 1024} MB, the most web mode takes for it, so it was refused. Nothing was changed.`,
      );
    }
  });

  test('a reader thread answers exactly the methods the table sends it', async () => {
    const readerMethods = API_METHODS.filter((m) => METHOD_TABLE[m].reader);
    expect(Object.keys(READER_READS).sort()).toEqual([...readerMethods, 'quickCheck'].sort());
    const asked: string[] = [];
    const pool = { run: async (method: string) => asked.push(method) } as unknown as ReaderPool;
    expect(Object.keys(readerHandlers(db, pool)).sort()).toEqual([...readerMethods].sort());
    const handlers = createHandlers(db, file, { readers: pool });
    for (const method of readerMethods) {
      await (handlers[method] as (input: unknown) => unknown)({});
    }
    expect(asked).toEqual(readerMethods);
  });

  test('an archive open for reading only refuses exactly the methods that write its content', async () => {
    const all = createHandlers(db, file);
    const reason = 'The disk is read-only.';
    const readOnly = readOnlyHandlers(all, { reason });
    const before = archiveDigest(db);
    for (const method of API_METHODS) {
      const handler = readOnly[method] as (input: unknown) => unknown;
      const { writes } = METHOD_TABLE[method];
      if (writes === 'archive') {
        await expect(async () => handler({})).rejects.toThrow(reason);
      } else if (writes === 'layout') {
        expect(await handler({ key: 'probe', value: 1 })).toEqual({ value: 1 });
      } else if (method === 'stats') {
        expect(await handler({})).toMatchObject({ readOnly: { reason } });
      } else {
        expect(handler).toBe(all[method as ApiMethod] as Handlers[ApiMethod]);
      }
    }
    expect(archiveDigest(db)).toBe(before);
  });

  test('the renderer has open views ask again after exactly the methods that say so', async () => {
    const answered = Object.fromEntries(
      API_METHODS.map((method) => [method, async () => ({ ok: true as const, value: { method } })]),
    );
    const renderer = await rendererApi(answered);
    const refreshed: string[] = [];
    renderer.onArchiveChange((change) => refreshed.push(change.method));
    for (const method of API_METHODS) await renderer.archiveCall(method, {});
    expect(refreshed).toEqual(API_METHODS.filter((m) => METHOD_TABLE[m].refreshesViews));
  });
});
