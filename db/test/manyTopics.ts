import type { Database } from 'better-sqlite3';

/**
 * Fills the topics table with `n` rows straight in SQL: a large archive in a couple of seconds,
 * where the demo generator would take minutes. The full-text index is left empty, as no test that
 * uses these rows searches them.
 */
export function fillTopics(db: Database, n: number): void {
  db.exec('DROP TRIGGER topics_fts_insert');
  db.prepare(
    `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?)
     INSERT INTO topics (id, name, name_fold, description, description_fold, created_at, updated_at)
     SELECT 'T' || i, 'Topic ' || i, 'topic ' || i,
            'About subject number ' || (i * 7919 % 1000003),
            'about subject number ' || (i * 7919 % 1000003),
            '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'
     FROM k`,
  ).run(n);
}

/** A count that reads every row of `fillTopics` and folds two texts of each: a slow read. */
export const SLOW_COUNT = {
  table: 'topics',
  where: [
    { field: 'description', op: 'contains', value: 'subject' },
    { field: 'name', op: 'contains', value: '1' },
  ],
} as const;
