/**
 * The SQL `listRecords` ends up running for a query on this archive. listRecords first probes the
 * archive (is a search word broad? is a substring rare?) and compiles the query accordingly; the
 * shell comparison and the query plans must show that statement, not the unprobed one. This
 * follows listRecords in db/query.ts: keep the two in step.
 */
import type Database from 'better-sqlite3';
import type { Query } from '../db/api.js';
import { compileQuery, parseQuery, type CompiledQuery } from '../db/compileQuery.js';
import { BROAD_SEARCH, searchProbes } from '../db/compileSearch.js';
import { rareContainsProbe } from '../db/textMatch.js';

function count(db: Database.Database, sql: string, params: unknown[]): number {
  return Number(
    db
      .prepare(sql)
      .pluck()
      .get(...params),
  );
}

export function listedSql(db: Database.Database, query: Query): CompiledQuery {
  const q = parseQuery(query);
  const broadSearch = searchProbes(q.table, q.search).some(
    (probe) => count(db, probe.sql, probe.params) > BROAD_SEARCH,
  );
  const rare = q.search ? null : rareContainsProbe(q.table, q.where);
  const scanContains = rare !== null && count(db, rare.sql, rare.params) < 2;
  return compileQuery(q, { broadSearch, scanContains });
}
