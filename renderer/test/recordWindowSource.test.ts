import { describe, expect, test } from 'vitest';
import type { Query } from '../../db/api.js';
import { RecordWindowSource } from '../grid/recordWindowSource.js';
import { PENDING, fakeArchive, rowsFrom, settle } from './fakeWindowCalls.js';

const count: Query = { table: 'meetings' };
const byDate: Query = { table: 'meetings', columns: ['id', 'date'], sort: [] };
const byCity: Query = { ...byDate, sort: [{ field: 'city', dir: 'asc' }] };

describe('the rows of a grid as an external store', () => {
  test('a snapshot stays the same object until an answer changes the rows', async () => {
    const archive = fakeArchive();
    const source = new RecordWindowSource(archive.calls, PENDING, byDate, count, 0);
    let told = 0;
    source.subscribe(() => (told += 1));
    source.follow(byDate, count, 0);
    const asked = source.getSnapshot();
    expect(source.getSnapshot()).toBe(asked);
    expect(asked.answered).toBe(false);

    told = 0;
    archive.lists[0]!.answer({ rows: rowsFrom(0, 3), total: null });
    await settle();
    const answered = source.getSnapshot();
    expect(told).toBeGreaterThan(0);
    expect(answered).not.toBe(asked);
    expect(answered.rows.map((row) => row.id)).toEqual(['m0', 'm1', 'm2']);
    expect(answered.total).toBe(3);
    expect(source.getSnapshot()).toBe(answered);
  });

  test('a new query shows the old rows, marked stale, until its own first page comes', async () => {
    const archive = fakeArchive();
    const source = new RecordWindowSource(archive.calls, PENDING, byDate, count, 0);
    source.follow(byDate, count, 0);
    archive.lists[0]!.answer({ rows: rowsFrom(0, 3), total: null });
    await settle();
    source.show(0, 50);
    source.follow(byCity, count, 0);
    const waiting = source.getSnapshot();
    expect(waiting.stale).toBe(true);
    expect(waiting.rows.map((row) => row.id)).toEqual(['m0', 'm1', 'm2']);
    expect(waiting.queryKey).toBe(JSON.stringify(byCity));

    const next = archive.lists.at(-1)!;
    expect(next.input.sort).toEqual(byCity.sort);
    next.answer({ rows: rowsFrom(10, 2), total: null });
    await settle();
    expect(source.getSnapshot().stale).toBe(false);
    expect(source.getSnapshot().rows.map((row) => row.id)).toEqual(['m10', 'm11']);
  });
  test('a query told before the grid renders it is asked at once, and once', async () => {
    const archive = fakeArchive();
    const source = new RecordWindowSource(archive.calls, PENDING, byDate, count, 0);
    source.follow(byDate, count, 0);
    archive.lists[0]!.answer({ rows: rowsFrom(0, 3), total: null });
    await settle();
    const searched: Query = { ...byDate, search: 'harbour' };
    const searchCount: Query = { ...count, search: 'harbour' };

    source.expect(searched, searchCount);
    expect(archive.lists.map((a) => a.input.search)).toEqual([undefined, 'harbour']);
    // The old rows stay shown, marked stale, while the search's first page is on its way.
    expect(source.getSnapshot().stale).toBe(true);
    expect(source.getSnapshot().queryKey).toBe(JSON.stringify(searched));
    // The grid renders the search and follows it: nothing more is asked.
    source.follow(searched, searchCount, 0);
    expect(archive.lists).toHaveLength(2);

    // A query the grid follows instead abandons the one told: its late answer shows nothing.
    source.expect({ ...byDate, search: 'harbours' }, { ...count, search: 'harbours' });
    const told = archive.lists.at(-1)!;
    source.follow(byCity, count, 0);
    expect(told.signal.aborted).toBe(true);
    told.answer({ rows: rowsFrom(50, 2), total: null });
    archive.lists.at(-1)!.answer({ rows: rowsFrom(10, 2), total: null });
    await settle();
    expect(source.getSnapshot().queryKey).toBe(JSON.stringify(byCity));
    expect(source.getSnapshot().rows.map((row) => row.id)).toEqual(['m10', 'm11']);
  });
});
