import type { Scalar } from './filterValues.js';

/** A piece of SQL and the values of its `?` parameters, in order. */
export interface SqlTerm {
  sql: string;
  params: Scalar[];
}

export const term = (sql: string, ...params: Scalar[]): SqlTerm => ({ sql, params });

/** `?, ?, ?` for a list of n values. */
export const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** The terms that are present, ANDed. */
export function all(...terms: (SqlTerm | null)[]): SqlTerm {
  const present = terms.filter((t): t is SqlTerm => t !== null);
  return {
    sql: present.map((t) => t.sql).join(' AND '),
    params: present.flatMap((t) => t.params),
  };
}
