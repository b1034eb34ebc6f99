import { beforeEach, describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { Query, Sort } from '../api.js';
import { ArchiveError } from '../errors.js';
import { listRecords } from '../query/query.js';
import { ids, insert, queryArchive } from './queryFixture.js';
import { parseQuery } from '../query/compileQuery.js';

let db: Database;

function visits(query: Omit<Query, 'table'>): string[] {
  return ids(
    listRecords(db, parseQuery({ table: 'visits', withTotal: false, ...query })).rows,
  ) as string[];
}

beforeEach(() => {
  db = queryArchive();
  // Ties in every sort column, empty values among them, and records in the trash between.
  for (let i = 0; i < 61; i++) {
    insert(db, 'visits', {
      id: `v${String(i).padStart(2, '0')}`,
      title: `visit ${i % 3}`,
      purpose: i % 7 === 0 ? null : `purpose ${i % 4}`,
      city: i % 5 === 0 ? null : ['Almaty', 'bishkek', 'Astana'][i % 3],
      start_date: i % 6 === 0 ? null : `202${i % 4}`,
      status: i % 2 ? 'planned' : 'completed',
      ...(i % 11 === 0 ? { deleted_at: '2024-02-01T10:00:00.000Z' } : {}),
    });
  }
});

const SORTS: Sort[][] = [
  [],
  [{ field: 'title' }],
  [{ field: 'title', dir: 'desc' }],
  [{ field: 'start_date', dir: 'asc' }],
  [{ field: 'status' }, { field: 'city', dir: 'desc' }],
  [{ field: 'city' }, { field: 'start_date', dir: 'desc' }, { field: 'title' }],
  [{ field: 'purpose', dir: 'desc' }, { field: 'status' }],
  [{ field: 'traveller' }],
];

describe('keyset paging (after: the id of the row a page follows)', () => {
  test('gives every page the rows OFFSET gives it, in any order, among ties and empty values', () => {
    for (const sort of SORTS) {
      const whole = visits({ sort, limit: 1000 });
      expect(whole.length).toBeGreaterThan(50);
      for (const size of [1, 7, 10]) {
        let after: string | undefined;
        for (let offset = 0; offset < whole.length; offset += size) {
          const seek = visits({ sort, limit: size, ...(after ? { after } : {}) });
          expect(seek, `${JSON.stringify(sort)} page at ${offset} of ${size}`).toEqual(
            visits({ sort, limit: size, offset }),
          );
          after = seek[seek.length - 1];
        }
        expect(visits({ sort, limit: size, ...(after ? { after } : {}) })).toEqual([]);
      }
    }
  });

  test('an offset counts on from the row named by after, as a jump from a known row', () => {
    for (const sort of SORTS) {
      const whole = visits({ sort, limit: 1000 });
      for (const [from, skip] of [
        [0, 0],
        [3, 20],
        [40, 5],
        [17, 100],
      ] as const) {
        const after = whole[from];
        expect(visits({ sort, after, offset: skip, limit: 9 })).toEqual(
          whole.slice(from + 1 + skip, from + 10 + skip),
        );
      }
    }
  });

  test('filters and search apply to the rows after, as to any page', () => {
    const where = [{ field: 'status', op: 'equals' as const, value: 'planned' }];
    const whole = visits({ where, sort: [{ field: 'title' }], limit: 1000 });
    expect(visits({ where, sort: [{ field: 'title' }], after: whole[4], limit: 6 })).toEqual(
      whole.slice(5, 11),
    );
  });

  test('a row that is not in the archive is refused with a sentence, and nothing is read', () => {
    const call = () => visits({ after: 'no-such-visit', limit: 5 });
    expect(call).toThrow(ArchiveError);
    expect(call).toThrow(/no record “no-such-visit” in visits.*Ask for the page by its offset/);
  });
});
