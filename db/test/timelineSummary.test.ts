import { beforeEach, describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import { generateDemo } from '../demo/demo.js';
import { countRecords } from '../query/query.js';
import { timelineSummary } from '../timeline/timelineSummary.js';
import { TimelineSummaryInputSchema, type Query, type TimelineSummaryInput } from '../api.js';
import { queryArchive } from './queryFixture.js';
import { parseQuery } from '../query/compileQuery.js';

let db: Database;

beforeEach(() => {
  db = queryArchive();
  generateDemo(db, { visits: 400, seed: 7 });
});

const count = (query: Query) => countRecords(db, parseQuery(query)).count;
const parsed = (input: TimelineSummaryInput) => TimelineSummaryInputSchema.parse(input);

function laneSums(cells: [string, string, number][]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const [lane, , n] of cells) sums.set(lane, (sums.get(lane) ?? 0) + n);
  return sums;
}

describe('timelineSummary', () => {
  test('counts what the visits list counts, dated and undated', () => {
    const s = timelineSummary(db, parsed({ query: { table: 'visits' } }));
    expect(s.total + s.undated).toBe(count({ table: 'visits' }));
    expect(s.undated).toBe(
      count({ table: 'visits', where: [{ field: 'start_date', op: 'empty' }] }),
    );
    expect(s.period).toBe('month');
    expect(s.cells.every(([, month]) => /^\d{4}-\d{2}$/.test(month))).toBe(true);
  });

  test("each country lane holds that country's visits, and a lane's months add up", () => {
    const s = timelineSummary(db, parsed({ query: { table: 'visits' }, lanes: 'country' }));
    const sums = laneSums(s.cells);
    expect(sums.size).toBeGreaterThan(1);
    for (const [lane, n] of sums) {
      const where: Query['where'] = [
        lane === ''
          ? { field: 'country', op: 'empty' }
          : { field: 'country', op: 'equals', value: lane },
        { field: 'start_date', op: 'notEmpty' },
      ];
      expect(n, lane).toBe(count({ table: 'visits', where }));
    }
    const month = s.cells[0]!;
    expect(month[2]).toBe(
      count({
        table: 'visits',
        where: [
          month[0] === ''
            ? { field: 'country', op: 'empty' }
            : { field: 'country', op: 'equals', value: month[0] },
          { field: 'start_date', op: 'between', value: [month[1], month[1]] },
        ],
      }),
    );
  });

  test("follows the query's filters and search, and spans its first start to its last end", () => {
    const query: Query = {
      table: 'visits',
      where: [{ field: 'status', op: 'equals', value: 'completed' }],
    };
    const s = timelineSummary(db, parsed({ query, lanes: 'traveller' }));
    expect(s.total + s.undated).toBe(count(query));
    expect(s.total).toBeLessThan(timelineSummary(db, parsed({ query: { table: 'visits' } })).total);
    const first = db
      .prepare(
        "SELECT min(start_date_lo) AS d FROM visits WHERE deleted_at IS NULL AND status = 'completed'",
      )
      .get() as { d: string };
    expect(s.first).toBe(first.d);
    const last = db
      .prepare(
        `SELECT max(max(coalesce(end_date_hi, start_date_hi), start_date_hi)) AS d FROM visits
         WHERE deleted_at IS NULL AND status = 'completed'`,
      )
      .get() as { d: string };
    expect(s.last).toBe(last.d);
    const whole = timelineSummary(db, parsed({ query: { table: 'visits' } }));
    const wholeLast = db
      .prepare(
        `SELECT max(max(coalesce(end_date_hi, start_date_hi), start_date_hi)) AS d FROM visits
         WHERE deleted_at IS NULL`,
      )
      .get() as { d: string };
    expect(whole.last).toBe(wholeLast.d);
    const one = timelineSummary(db, parsed({ query, lanes: 'one' }));
    expect([...laneSums(one.cells).keys()]).toEqual(['']);
  });

  test('refuses a query on another table, or a wrong field, writing nothing', () => {
    expect(() => timelineSummary(db, parsed({ query: { table: 'meetings' } }))).toThrow(
      /shows visits/,
    );
    expect(() =>
      timelineSummary(
        db,
        parsed({
          query: { table: 'visits', where: [{ field: 'nope', op: 'equals', value: 1 }] },
        }),
      ),
    ).toThrow(/no field/);
  });

  test('an archive without visits has no period', () => {
    const empty = queryArchive();
    const s = timelineSummary(empty, parsed({ query: { table: 'visits' } }));
    expect(s).toMatchObject({ first: null, last: null, total: 0, undated: 0, cells: [] });
  });
});
