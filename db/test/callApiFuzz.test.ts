import { describe, expect, test } from 'vitest';
import { API_METHODS, ERROR_CODES, TABLES, apiInputSchemas } from '../api.js';
import { createRandom } from '../demo/demoRandom.js';
import { generateDemo } from '../demo/demo.js';
import { callApi, createHandlers } from '../service.js';
import { writableFields } from '../write/write.js';
import { snapshot } from './fixtures.js';
import { fuzzPayload } from './fuzzPayloads.js';
import { tempArchive } from './tempArchive.js';

const PAYLOADS = 1000;

/** Methods that write when their input is valid: a valid input drawn by chance is left out. */
function writesIfValid(method: string, payload: unknown): boolean {
  if (method === 'deleteRecords' || method === 'restoreRecords') return false;
  if (method === 'saveRecord') {
    const { table, values } = payload as { table: (typeof TABLES)[number]; values: object };
    const writable = new Set(writableFields(table));
    return Object.keys(values).every((key) => writable.has(key));
  }
  return !['listRecords', 'countRecords', 'getRecord', 'stats', 'timeline'].includes(method);
}

describe('callApi, with malformed payloads', () => {
  test(`answers ${PAYLOADS} per method with a typed error, and changes nothing`, async () => {
    const { db, file } = tempArchive();
    generateDemo(db, { visits: 15, seed: 3 });
    const handlers = createHandlers(db, file);
    const before = snapshot(db);
    const random = createRandom(2026);
    const unexpected: string[] = [];
    let refusedBySchema = 0;
    for (const method of API_METHODS) {
      for (let sent = 0; sent < PAYLOADS;) {
        const payload = fuzzPayload(random, method);
        const accepted = apiInputSchemas[method].safeParse(payload).success;
        if (accepted && writesIfValid(method, payload)) continue;
        sent++;
        if (!accepted) refusedBySchema++;
        const result = await callApi(handlers, method, payload);
        if (result.ok) continue;
        const { code, message } = result.error;
        if (code === 'internal' || !ERROR_CODES.includes(code) || typeof message !== 'string') {
          unexpected.push(
            `${method} ${JSON.stringify(payload)?.slice(0, 200)}: ${code} ${message}`,
          );
        }
        if (!accepted && code !== 'invalid_input')
          unexpected.push(`${method}: ${code} for a refused input`);
      }
    }
    expect(unexpected).toEqual([]);
    expect(refusedBySchema).toBeGreaterThan(API_METHODS.length * PAYLOADS * 0.8);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(snapshot(db)).toBe(before);
  }, 120_000);

  test('an unknown method or a method named after a prototype key is refused', async () => {
    const { db, file } = tempArchive();
    const handlers = createHandlers(db, file);
    for (const method of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'drop', '']) {
      const result = await callApi(handlers, method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});
