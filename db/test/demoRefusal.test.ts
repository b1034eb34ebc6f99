import { describe, expect, test } from 'vitest';
import { generateDemo } from '../demo/demo.js';
import { ArchiveError } from '../errors.js';
import { column, dump, newArchive, schema } from './demoArchive.js';

describe('generateDemo determinism and refusal', () => {
  test('the same seed gives the same archive, ids included; another seed another one', () => {
    const a = newArchive();
    const b = newArchive();
    const c = newArchive();
    generateDemo(a, { visits: 200, seed: 42 });
    generateDemo(b, { visits: 200, seed: 42 });
    generateDemo(c, { visits: 200, seed: 43 });
    expect(dump(a)).toBe(dump(b));
    expect(dump(a)).not.toBe(dump(c));
    const ids = column(a, 'SELECT id FROM visits') as string[];
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('refuses a count or seed that is not a whole number, and writes nothing', () => {
    const db = newArchive();
    for (const options of [
      { visits: 0, seed: 1 },
      { visits: 2.5, seed: 1 },
      { visits: 10, seed: -1 },
    ]) {
      expect(() => generateDemo(db, options)).toThrow(ArchiveError);
    }
    expect(column(db, 'SELECT count(*) FROM visits')).toEqual([0]);
  });

  test('refuses an archive that holds any record, and writes nothing', () => {
    const db = newArchive();
    db.prepare(
      "INSERT INTO people (id, name, name_fold, created_at, updated_at) VALUES ('p1', 'Real Person', 'real person', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
    ).run();
    const before = dump(db);
    let error: unknown;
    try {
      generateDemo(db, { visits: 50, seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).code).toBe('refused');
    expect((error as ArchiveError).message).toMatch(
      /already holds records \(1 person\).*empty archive/,
    );
    expect(dump(db)).toBe(before);
    expect(schema(db)).toEqual(schema(newArchive()));
  });
});
