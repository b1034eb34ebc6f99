import { describe, expect, test, vi } from 'vitest';
import type { Query } from '../../db/api.js';
import { abandon, askArchive, newStore, shownRows, waitingSince } from '../grid/windowStore.js';
import { PENDING, fakeArchive, rowsFrom, settle } from './fakeWindowCalls.js';

const query: Query = { table: 'meetings', columns: ['id', 'date'], sort: [] };

describe('the window store', () => {
  test('asks a page after the nearest row known before it, else by its offset', async () => {
    const archive = fakeArchive();
    const store = newStore(query, { table: 'meetings' }, 0);
    store.span = [10, 10];
    askArchive(store, 0, archive.calls, () => undefined);
    archive.lists[0]?.answer({ rows: rowsFrom(2000, 200), total: null });
    await settle();
    const start = (p: number) => {
      const { after, offset } = store.marks.start(p);
      return { after, offset };
    };
    expect(start(11)).toEqual({ after: 'm2199', offset: 0 });
    expect(start(14)).toEqual({ after: 'm2199', offset: 600 });
    // Before any known row, or too far past one to step over, the offset is asked.
    expect(start(9)).toEqual({ after: undefined, offset: 1800 });
    expect(start(200)).toEqual({ after: undefined, offset: 40_000 });
    // The archive changed: the rows known may have moved.
    askArchive(store, 1, archive.calls, () => undefined);
    expect(start(11)).toEqual({ after: undefined, offset: 2200 });
  });

  test('asks for the pages in view, then those either side, and the count apart', async () => {
    const archive = fakeArchive();
    const store = newStore(query, { table: 'meetings' }, 0);
    store.span = [2500, 2500];
    askArchive(store, 0, archive.calls, () => undefined);
    const asked = () => archive.lists.map((a) => [a.input.offset, a.input.limit]);
    // The page in view alone: a jump's rows never wait behind the pages either side of it.
    expect(asked()).toEqual([[500_000, 200]]);
    expect(archive.lists[0]?.input.withTotal).toBe(false);
    // The count waits for the first page: it never holds a thread the rows wait for.
    expect(archive.counts).toHaveLength(0);
    expect(waitingSince(store)).not.toBeNull();

    archive.lists[0]?.answer({ rows: rowsFrom(500_000, 200), total: null });
    await settle();
    // Then the pages either side: the next one as the rows after the last one shown (the archive
    // seeks, it does not count), and the one before.
    expect(asked()).toEqual([
      [500_000, 200],
      [0, 200],
      [499_800, 200],
    ]);
    expect(archive.lists[1]?.input).toMatchObject({ after: 'm500199', offset: 0, limit: 200 });
    expect(archive.counts.map((a) => a.input)).toEqual([{ table: 'meetings' }]);
    archive.counts[0]?.answer({ count: 978_709 });
    await settle();
    const shown = shownRows(store, PENDING);
    expect(shown.rowCount).toBe(978_709);
    expect(shown.first).toBe(500_000);
    expect(shown.rows[0]).toEqual({ id: 'm500000' });
    expect(waitingSince(store)).toBeNull();
    // Asking again with nothing new asks nothing.
    askArchive(store, 0, archive.calls, () => undefined);
    expect(archive.lists).toHaveLength(3);
    expect(archive.counts).toHaveLength(1);
  });

  test('scrolling on from rows that are here asks the next page with the page in view', async () => {
    const archive = fakeArchive();
    const store = newStore(query, { table: 'meetings' }, 0);
    askArchive(store, 0, archive.calls, () => undefined);
    archive.lists[0]?.answer({ rows: rowsFrom(0, 200), total: null });
    await settle();
    archive.counts[0]?.answer({ count: 10_000 });
    await settle();
    const asked = () => archive.lists.map((a) => [a.input.after, a.input.offset]);
    // The page after the first was asked with its answer.
    expect(asked()).toEqual([
      [undefined, 0],
      ['m199', 0],
    ]);
    // A drag reaches it before it came: the one after it is asked now, not once it comes.
    store.span = [1, 1];
    askArchive(store, 0, archive.calls, () => undefined);
    expect(asked()).toEqual([
      [undefined, 0],
      ['m199', 0],
      ['m199', 200],
    ]);
  });

  test('a page that left the view is abandoned, and its late answer dropped', async () => {
    const archive = fakeArchive();
    const store = newStore(query, { table: 'meetings' }, 0);
    askArchive(store, 0, archive.calls, () => undefined);
    store.span = [4000, 4000];
    askArchive(store, 0, archive.calls, () => undefined);
    expect(archive.lists[0]?.signal.aborted).toBe(true);
    archive.lists[0]?.answer({ rows: rowsFrom(0, 200), total: null });
    await settle();
    expect(store.cache.has(0)).toBe(false);
    expect(archive.lists[1]?.input.offset).toBe(800_000);
  });

  test('a new query abandons the old one; its rows stay shown until the first answer', async () => {
    const archive = fakeArchive();
    const old = newStore(query, { table: 'meetings' }, 0);
    askArchive(old, 0, archive.calls, () => undefined);
    archive.lists[0]?.answer({ rows: rowsFrom(0, 200), total: null });
    await settle();
    old.shown = shownRows(old, PENDING);

    const next = newStore(
      { ...query, search: 'energy' },
      { table: 'meetings', search: 'energy' },
      0,
      old,
    );
    abandon(old);
    expect(archive.counts[0]?.signal.aborted).toBe(true);
    expect(shownRows(next, PENDING).stale).toBe(true);
    expect(shownRows(next, PENDING).rows[0]).toEqual({ id: 'm0' });

    askArchive(next, 0, archive.calls, () => undefined);
    const first = archive.lists.find((a) => a.input.search === 'energy' && a.input.offset === 0);
    first?.answer({ rows: [{ id: 'e1' }], total: null });
    await settle();
    const shown = shownRows(next, PENDING);
    expect(shown.stale).toBe(false);
    // A short page: the count is known before the archive counted.
    expect(shown.rowCount).toBe(1);
    expect(shown.rows).toEqual([{ id: 'e1' }]);
  });

  test('a new order of the same rows keeps the count', () => {
    const old = newStore(query, { table: 'meetings' }, 0);
    old.total = 42;
    old.totalVersion = 0;
    const sorted = newStore(
      { ...query, sort: [{ field: 'date', dir: 'desc' }] },
      { table: 'meetings' },
      0,
      old,
    );
    expect(sorted.total).toBe(42);
    const searched = newStore(query, { table: 'meetings', search: 'x' }, 0, old);
    expect(searched.total).toBeNull();
  });

  test('after a change to the archive, the pages in view are asked again and kept till then', async () => {
    const archive = fakeArchive();
    const store = newStore(query, { table: 'meetings' }, 0);
    askArchive(store, 0, archive.calls, () => undefined);
    archive.lists[0]?.answer({ rows: rowsFrom(0, 200), total: null });
    await settle();
    archive.counts[0]?.answer({ count: 300 });
    await settle();

    // The next page was asked once the first came; the change abandons it and asks both again,
    // by offset: the rows known may have moved.
    askArchive(store, 1, archive.calls, () => undefined);
    expect(archive.lists.map((a) => [a.input.after, a.input.offset])).toEqual([
      [undefined, 0],
      ['m199', 0],
      [undefined, 0],
      [undefined, 200],
    ]);
    expect(archive.lists[1]?.signal.aborted).toBe(true);
    expect(archive.counts).toHaveLength(2);
    expect(shownRows(store, PENDING).rows[0]).toEqual({ id: 'm0' });
    archive.lists[2]?.answer({ rows: [{ id: 'changed' }], total: null });
    await settle();
    expect(shownRows(store, PENDING).rows[0]).toEqual({ id: 'changed' });
  });

  test('an error is said, and stopping abandons what is in flight', async () => {
    const archive = fakeArchive();
    const store = newStore(query, { table: 'meetings' }, 0);
    let changes = 0;
    askArchive(store, 0, archive.calls, () => changes++);
    archive.lists[0]?.fail(new Error('The archive is busy.'));
    await settle();
    expect(store.error).toBe('Said: The archive is busy.');
    // Once for the question in flight (shown as waiting), once for the error.
    expect(changes).toBe(2);
    // Refused before any page came: no placeholder rows pretend that some are on their way.
    expect(shownRows(store, PENDING).rows).toEqual([]);

    store.span = [1, 1];
    askArchive(store, 0, archive.calls, () => changes++);
    abandon(store);
    store.stopped = true;
    expect(archive.lists.at(-1)?.signal.aborted).toBe(true);
    askArchive(store, 0, archive.calls, () => changes++);
    expect(archive.lists.filter((a) => !a.signal.aborted)).toHaveLength(1);
  });
  test('while a query may still be replaced, only its first page is asked', async () => {
    vi.useFakeTimers();
    try {
      const archive = fakeArchive();
      const calls = { ...archive.calls, settleMs: 300 };
      const store = newStore(query, { table: 'meetings' }, 0);
      askArchive(store, 0, calls, () => undefined);
      archive.lists[0]?.answer({ rows: rowsFrom(0, 200), total: null });
      await vi.advanceTimersByTimeAsync(0);
      // Typing goes on: neither the count nor the next page holds a thread the next query needs.
      expect(archive.lists).toHaveLength(1);
      expect(archive.counts).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(300);
      expect(archive.lists.map((a) => [a.input.after, a.input.offset])).toEqual([
        [undefined, 0],
        ['m199', 0],
      ]);
      expect(archive.counts).toHaveLength(1);

      // A query replaced before it stood that long is never counted.
      const next = newStore({ ...query, search: 'e' }, { table: 'meetings', search: 'e' }, 0);
      askArchive(next, 0, calls, () => undefined);
      archive.lists.at(-1)?.answer({ rows: rowsFrom(0, 200), total: null });
      await vi.advanceTimersByTimeAsync(100);
      abandon(next);
      await vi.advanceTimersByTimeAsync(1000);
      expect(archive.counts).toHaveLength(1);
      expect(archive.lists).toHaveLength(3);

      // A search being typed, not yet applied, keeps the count of the query it will replace waiting.
      const typed = newStore({ ...query, search: 'f' }, { table: 'meetings', search: 'f' }, 0);
      askArchive(typed, 0, calls, () => undefined);
      archive.lists.at(-1)?.answer({ rows: rowsFrom(0, 200), total: null });
      await vi.advanceTimersByTimeAsync(200);
      typed.postpone();
      await vi.advanceTimersByTimeAsync(200);
      expect(archive.counts).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(100);
      expect(archive.counts).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a key typed in a control that pauses longer than the settling keeps the count waiting past that pause', async () => {
    vi.useFakeTimers();
    try {
      const archive = fakeArchive();
      const calls = { ...archive.calls, settleMs: 300 };
      // A date begun in the date filter ('2023-0'), which it takes up again 400 ms after the last key.
      const store = newStore(query, { table: 'meetings' }, 0);
      askArchive(store, 0, calls, () => undefined);
      archive.lists[0]?.answer({ rows: rowsFrom(0, 200), total: null });
      await vi.advanceTimersByTimeAsync(200);
      store.postpone(400);
      await vi.advanceTimersByTimeAsync(650);
      // The filter's pause ended 250 ms ago without a new query: the query may settle soon.
      expect(archive.counts).toHaveLength(0);
      expect(archive.lists).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(50);
      expect(archive.counts).toHaveLength(1);

      // A key typed before the query's first page came counts too.
      const next = newStore({ ...query, search: 'e' }, { table: 'meetings', search: 'e' }, 0);
      askArchive(next, 0, calls, () => undefined);
      next.postpone(400);
      await vi.advanceTimersByTimeAsync(50);
      archive.lists.at(-1)?.answer({ rows: rowsFrom(0, 200), total: null });
      await vi.advanceTimersByTimeAsync(600);
      expect(archive.counts).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(100);
      expect(archive.counts).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a query a key applied at once keeps its count and neighbours waiting for that key’s pause', async () => {
    vi.useFakeTimers();
    try {
      const archive = fakeArchive();
      const calls = { ...archive.calls, settleMs: 300 };
      const store = newStore(query, { table: 'meetings' }, 0);
      askArchive(store, 0, calls, () => undefined);
      archive.lists[0]?.answer({ rows: rowsFrom(0, 200), total: null });
      await vi.advanceTimersByTimeAsync(300);
      expect(archive.counts).toHaveLength(1);
      expect(archive.lists).toHaveLength(2);

      // A whole year typed in the date filter is applied with its last key, while the next key
      // may still come within the filter's pause and replace it.
      store.postpone(400);
      abandon(store);
      const year = { ...query, where: [{ field: 'date', op: 'after' as const, value: '2013' }] };
      const next = newStore(year, { table: 'meetings', where: year.where }, 0, store);
      askArchive(next, 0, calls, () => undefined);
      await vi.advanceTimersByTimeAsync(20);
      archive.lists.at(-1)?.answer({ rows: rowsFrom(0, 200), total: null });
      await vi.advanceTimersByTimeAsync(600);
      // Neither its count nor the page after it holds a thread the next key's query would need.
      expect(archive.counts).toHaveLength(1);
      expect(archive.lists).toHaveLength(3);
      await vi.advanceTimersByTimeAsync(100);
      expect(archive.counts).toHaveLength(2);
      expect(archive.lists).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a short first page is the count: the archive is not asked to count', async () => {
    const archive = fakeArchive();
    const store = newStore(query, { table: 'meetings', search: 'rare' }, 0);
    askArchive(store, 0, archive.calls, () => undefined);
    archive.lists[0]?.answer({ rows: rowsFrom(0, 37), total: null });
    await settle();
    expect(store.total).toBe(37);
    expect(archive.counts).toHaveLength(0);
  });
});
