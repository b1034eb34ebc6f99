import type { Database, Statement } from 'better-sqlite3';

/**
 * How many prepared statements a connection keeps. A table view repeats a few statements per
 * query and the write path a few dozen; SQL that varies (a filter's values are parameters, but its
 * fields and operators are not; an update names the fields it changes) would otherwise keep every
 * statement ever prepared for as long as the connection lives.
 */
export const STATEMENT_CACHE_SIZE = 200;

const caches = new WeakMap<Database, Map<string, Statement>>();

/**
 * A prepared statement kept per connection (the writer's and each reader thread's): compiling SQL
 * (and the triggers it fires) costs more than running it. The least recently used statement is
 * dropped first, so that the statements in use stay prepared while others come and go.
 */
export function statement<Row = unknown>(db: Database, sql: string): Statement<unknown[], Row> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  // A Map iterates in insertion order: moving a used statement to the end keeps the oldest first.
  if (prepared) cache.delete(sql);
  else prepared = db.prepare(sql);
  cache.set(sql, prepared);
  if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return prepared as Statement<unknown[], Row>;
}

/** The SQL of the statements a connection keeps, least recently used first. */
export function cachedStatements(db: Database): string[] {
  return [...(caches.get(db)?.keys() ?? [])];
}
