import { describe, expect, test } from 'vitest';
import type { Row } from '../../db/api.js';
import { PageCache, pageSpan } from '../grid/pageCache.js';

const page = (n: number, count = 200): Row[] =>
  Array.from({ length: count }, (_, i) => ({ id: `r${n * 200 + i}` }));

describe('pageSpan', () => {
  test('names the pages that hold a range of rows', () => {
    expect(pageSpan(0, 30)).toEqual([0, 0]);
    expect(pageSpan(190, 230)).toEqual([0, 1]);
    expect(pageSpan(500_000, 500_040)).toEqual([2500, 2500]);
    expect(pageSpan(0, 0)).toEqual([0, 0]);
  });
});

describe('PageCache', () => {
  test('finds a row by its index among all rows', () => {
    const cache = new PageCache();
    cache.set(3, page(3));
    expect(cache.row(650)).toEqual({ id: 'r650' });
    expect(cache.row(10)).toBeUndefined();
  });

  test('holds at most its capacity, dropping the least recently used page first', () => {
    const cache = new PageCache(3);
    for (const n of [0, 1, 2]) cache.set(n, page(n));
    cache.touch(0, 0);
    cache.set(7, page(7));
    expect(cache.size).toBe(3);
    expect(cache.has(1)).toBe(false);
    expect(cache.has(0)).toBe(true);
    expect(cache.has(7)).toBe(true);
  });

  test('never drops the pages in view, even over its capacity', () => {
    const cache = new PageCache(2);
    for (const n of [0, 1, 2, 3]) cache.set(n, page(n), (p) => p <= 2);
    expect(cache.has(0) && cache.has(1) && cache.has(2) && cache.has(3)).toBe(true);
    cache.set(9, page(9), () => false);
    expect(cache.size).toBe(2);
    expect(cache.has(9)).toBe(true);
  });

  test('scrolling through a million rows keeps memory bounded', () => {
    const cache = new PageCache();
    for (let n = 0; n < 5000; n++) cache.set(n, page(n, 1), (p) => p === n);
    expect(cache.size).toBe(10);
  });

  test('counts the rows it knows of before the archive has counted them', () => {
    const cache = new PageCache();
    expect(cache.extent()).toEqual({ rows: 0, exact: false });
    cache.set(0, page(0));
    // A full page: there may be more, so one more page can be scrolled to.
    expect(cache.extent()).toEqual({ rows: 400, exact: false });
    cache.set(1, page(1, 37));
    expect(cache.extent()).toEqual({ rows: 237, exact: true });
  });
});
