/**
 * Keyset (seek) paging: the page after a known row is read from that row's place in the sort,
 * through the sort's index, instead of stepping over every row before it as OFFSET does.
 */
import type { Scalar } from './filterValues.js';
import type { SqlTerm } from './sqlTerm.js';

/** One key of a query's order: its SQL, direction, and whether it can be NULL (sorted last). */
export interface SortKey {
  sql: string;
  dir: 'ASC' | 'DESC';
  nullable: boolean;
}

/** The values of the sort keys of the row with a given id (one parameter: the id). */
export function anchorSql(table: string, keys: readonly SortKey[]): string {
  const values = keys.map((k, i) => `${k.sql} AS k${i}`).join(', ');
  return `SELECT ${values} FROM ${table} t WHERE t.id = ?`;
}

/**
 * The rows after the anchor in the order `keys` (the last key is the row id, never NULL) are
 * the rows that tie with it on the first i keys and come after it on key i, for each i. Each of
 * those runs is contiguous in the order and reads an index range, so each is limited to the
 * rows the page can take and the union is sorted again: at most (limit + offset) rows a run.
 * Empty values sort last in either direction, so after a value come the greater (or lesser)
 * values and then the empty ones, two runs; nothing comes after an empty value on its own key.
 */
export function keysetRuns(
  from: string,
  where: SqlTerm,
  keys: readonly SortKey[],
  order: string,
  anchor: readonly Scalar[],
  take: number,
): SqlTerm {
  const runs: SqlTerm[] = [];
  const ties: SqlTerm[] = [];
  keys.forEach((key, i) => {
    const value = anchor[i] ?? null;
    if (value !== null) {
      const after = key.dir === 'ASC' ? '>' : '<';
      runs.push(run(where, [...ties, { sql: `${key.sql} ${after} ?`, params: [value] }]));
      if (key.nullable) runs.push(run(where, [...ties, { sql: `${key.sql} IS NULL`, params: [] }]));
    }
    ties.push(
      value === null
        ? { sql: `${key.sql} IS NULL`, params: [] }
        : { sql: `${key.sql} = ?`, params: [value] },
    );
  });
  const branches = runs.map(
    (r) =>
      `SELECT rid FROM (SELECT t.rid AS rid FROM ${from} WHERE ${r.sql} ORDER BY ${order} LIMIT ?)`,
  );
  return {
    sql: branches.join(' UNION ALL '),
    params: runs.flatMap((r) => [...r.params, take]),
  };
}

function run(where: SqlTerm, terms: SqlTerm[]): SqlTerm {
  return {
    sql: [where.sql, ...terms.map((t) => t.sql)].join(' AND '),
    params: [...where.params, ...terms.flatMap((t) => t.params)],
  };
}
