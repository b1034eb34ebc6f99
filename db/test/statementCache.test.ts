import { expect, test } from 'vitest';
import { parseQuery } from '../query/compileQuery.js';
import { listRecords, plannedQuery } from '../query/query.js';
import { STATEMENT_CACHE_SIZE, cachedStatements, statement } from '../query/statement.js';
import { insert, queryArchive } from './queryFixture.js';

/** A filter on as many ids as asked: each length is a statement of its own (`IN (?, ?, …)`). */
const distinct = (n: number) =>
  parseQuery({
    table: 'visits',
    where: [{ field: 'id', op: 'in', value: Array.from({ length: n }, (_, i) => `v${i + 1}`) }],
  });

test('listing ever more distinct filters keeps at most a bounded number of statements per connection', () => {
  const db = queryArchive();
  insert(db, 'visits', { id: 'v1', title: 'Working visit to Astana' });
  const many = STATEMENT_CACHE_SIZE + 50;
  for (let n = 1; n <= many; n++) {
    expect(listRecords(db, distinct(n)).rows.map((r) => r.id)).toEqual(['v1']);
  }
  const kept = cachedStatements(db);
  expect(kept.length).toBeLessThanOrEqual(STATEMENT_CACHE_SIZE);
  // The list path keeps its statements in the connection's one cache, the newest among them.
  expect(kept).toContain(plannedQuery(db, distinct(many)).sql);
  expect(kept).not.toContain(plannedQuery(db, distinct(1)).sql);
});

test('the statements of the view in use stay prepared while other queries come and go', () => {
  const db = queryArchive();
  insert(db, 'visits', { id: 'v1', title: 'Working visit to Astana' });
  const view = parseQuery({ table: 'visits', sort: [{ field: 'title', dir: 'asc' }] });
  listRecords(db, view);
  const sql = plannedQuery(db, view).sql;
  expect(cachedStatements(db)).toContain(sql);
  // The very statement the list path prepared: a second prepare would make another.
  const prepared = statement(db, sql);
  for (let n = 1; n <= STATEMENT_CACHE_SIZE * 2; n++) {
    listRecords(db, distinct(n));
    expect(listRecords(db, view).total).toBe(1);
  }
  expect(statement(db, sql)).toBe(prepared);
});
