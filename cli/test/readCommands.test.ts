import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { makeDemoArchive } from './cliDemoArchive.js';
import { run } from './testIo.js';

let dir: string;
/** A demo archive of 1000 visits, shared by the read-only tests. */
let demo: string;

beforeAll(async () => {
  ({ dir, file: demo } = await makeDemoArchive(1000));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('archive list', () => {
  test('filters, sorts and limits: five Russian visits, newest first', async () => {
    const result = await run([
      'list',
      'visits',
      '--where',
      'country:in:RU',
      '--sort',
      'start_date:desc',
      '--limit',
      '5',
      '--json',
      '--db',
      demo,
    ]);
    expect(result.code).toBe(0);
    const { rows, total } = JSON.parse(result.out) as {
      rows: { country: string; start_date: string }[];
      total: number;
    };
    expect(rows).toHaveLength(5);
    expect(total).toBeGreaterThanOrEqual(5);
    expect(rows.every((r) => r.country === 'RU')).toBe(true);
    const dates = rows.map((r) => r.start_date);
    expect(dates).toEqual([...dates].sort().reverse());
    const all = await run([
      'list',
      'visits',
      '--where',
      'country:in:RU',
      '--limit',
      '1000',
      '--json',
      '--db',
      demo,
    ]);
    const newest = (JSON.parse(all.out) as { rows: { start_date: string }[] }).rows
      .map((r) => r.start_date)
      .sort()
      .reverse()[0];
    expect(dates[0]).toBe(newest);
  });

  test('prints an aligned table and a count without --json', async () => {
    const result = await run([
      'list',
      'visits',
      '--columns',
      'title,country,start_date',
      '--limit',
      '3',
      '--db',
      demo,
    ]);
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^title\s+country\s+start_date$/);
    expect(lines).toHaveLength(2 + 3 + 1);
    expect(lines.at(-1)).toBe('3 of 1000 rows');
    const countryAt = lines[0]!.indexOf('country');
    expect(lines.slice(2, 5).every((l) => /^[A-Z]{2} /.test(l.slice(countryAt)))).toBe(true);
  });

  test('refuses unknown tables, fields and operators', async () => {
    const table = await run(['list', 'vists', '--db', demo]);
    expect(table.code).toBe(2);
    expect(table.err).toMatch(/tables are: visits/);
    const field = await run(['list', 'visits', '--where', 'colour:equals:red', '--db', demo]);
    expect(field.code).toBe(2);
    expect(field.err).toMatch(/no field "colour"/);
    const op = await run(['list', 'visits', '--where', 'title:like:x', '--db', demo]);
    expect(op.code).toBe(2);
    expect(op.err).toMatch(/no operator "like"/);
    const sort = await run([
      'list',
      'visits',
      '--sort',
      'title; DROP TABLE visits--',
      '--db',
      demo,
    ]);
    expect(sort.code).toBe(2);
    const limit = await run(['list', 'visits', '--limit', '5000', '--db', demo]);
    expect(limit.code).toBe(1);
    expect(limit.err).toMatch(/limit/);
    expect((await run(['list', '--db', demo])).code).toBe(2);
  });
});

describe('archive stats, check and backup', () => {
  test('stats shows the counts', async () => {
    const text = await run(['stats', '--db', demo]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/visits\s+1000/);
    const json = JSON.parse((await run(['stats', '--json', '--db', demo])).out) as {
      counts: { visits: number };
    };
    expect(json.counts.visits).toBe(1000);
  });

  test('check passes a sound archive and fails a damaged one with exit code 1', async () => {
    const sound = await run(['check', '--db', demo]);
    expect(sound).toMatchObject({ code: 0, err: '' });
    const broken = path.join(dir, 'broken.db');
    await run(['init', '--db', broken]);
    const db = openArchive(broken);
    db.pragma('foreign_keys = OFF');
    db.prepare(
      "INSERT INTO visits (id, title, title_fold, traveller_id, created_at, updated_at) VALUES ('v1', 'T', 't', 'nobody', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')",
    ).run();
    db.close();
    const failed = await run(['check', '--db', broken]);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/visits/);
  });

  test('backup writes a copy that holds the same records, and never overwrites', async () => {
    const out = path.join(dir, 'copy.db');
    const result = await run(['backup', '--out', out, '--db', demo]);
    expect(result.code).toBe(0);
    const stats = JSON.parse((await run(['stats', '--json', '--db', out])).out) as {
      counts: { visits: number };
    };
    expect(stats.counts.visits).toBe(1000);
    const again = await run(['backup', '--out', out, '--db', demo]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already a file/);
    expect((await run(['backup', '--db', demo])).code).toBe(2);
  });
});
