/**
 * What the benchmark measures on the large archive, with the goal for each: the queries a table
 * view sends while a user filters, searches and scrolls a million meetings.
 */
import type { Query } from '../db/api.js';

export interface Measure {
  name: string;
  /** 'count' times countRecords; 'list' times listRecords without its total. */
  kind: 'list' | 'count';
  query: Query;
  goalMs: number;
}

const russiaByDate: Query = {
  table: 'meetings',
  where: [{ field: 'country', op: 'in', value: ['RU'] }],
  sort: [{ field: 'date', dir: 'desc' }],
  limit: 100,
  withTotal: false,
};

export const MEASURES: readonly Measure[] = [
  {
    name: 'Indexed filter + sort, first page (meetings in RU by date desc)',
    kind: 'list',
    query: russiaByDate,
    goalMs: 5,
  },
  {
    name: "Substring, first page (meetings venue contains 'ministry')",
    kind: 'list',
    query: {
      table: 'meetings',
      where: [{ field: 'venue', op: 'contains', value: 'ministry' }],
      limit: 100,
      withTotal: false,
    },
    goalMs: 100,
  },
  {
    name: "Substring, rare match (visits title contains 'khiva')",
    kind: 'list',
    query: {
      table: 'visits',
      where: [{ field: 'title', op: 'contains', value: 'khiva' }],
      limit: 100,
      withTotal: false,
    },
    goalMs: 100,
  },
  {
    name: "Full-text search, first page (meetings search 'connectivity')",
    kind: 'list',
    query: { table: 'meetings', search: 'connectivity', limit: 100, withTotal: false },
    goalMs: 10,
  },
  {
    name: "Full-text search, one letter typed, first page (meetings search 'c')",
    kind: 'list',
    query: { table: 'meetings', search: 'c', limit: 100, withTotal: false },
    goalMs: 50,
  },
  {
    name: "Full-text search, three letters typed, first page (meetings search 'con')",
    kind: 'list',
    query: { table: 'meetings', search: 'con', limit: 100, withTotal: false },
    goalMs: 50,
  },
  {
    name: 'Deep page (meetings by date, offset 500,000)',
    kind: 'list',
    query: {
      table: 'meetings',
      sort: [{ field: 'date', dir: 'asc' }],
      limit: 100,
      offset: 500_000,
      withTotal: false,
    },
    goalMs: 20,
  },
  {
    name: 'Total count, apart from the first page (meetings in RU)',
    kind: 'count',
    query: russiaByDate,
    goalMs: Infinity,
  },
];

/** The generation goal: rows written per second, all tables together. */
export const GENERATION_GOAL = 300_000;
