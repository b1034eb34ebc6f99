/**
 * `visit_month_counts` (migration 7): how many live visits start in each country and month, kept
 * by triggers. The timeline's first picture of the whole archive is read from it; the archive
 * check compares it with the visits it follows from, and a repair or a bulk load makes it again.
 */
import type { Database } from 'better-sqlite3';

/** The counts as the visits give them, in the table's own columns and order. */
export const VISIT_MONTH_COUNTS_FROM_VISITS = `SELECT coalesce(country, '') AS country,
    coalesce(substr(start_date_lo, 1, 7), '') AS month, count(*) AS visits
  FROM visits WHERE deleted_at IS NULL GROUP BY 1, 2`;

export interface MonthCountMismatch {
  country: string;
  month: string;
  stored: number;
  actual: number;
}

/** Every cell whose stored count differs from the visits' (0 where one side has no row). */
export function visitMonthCountMismatches(db: Database): MonthCountMismatch[] {
  return db
    .prepare(
      `WITH actual AS (${VISIT_MONTH_COUNTS_FROM_VISITS})
       SELECT coalesce(a.country, s.country) AS country, coalesce(a.month, s.month) AS month,
              coalesce(s.visits, 0) AS stored, coalesce(a.visits, 0) AS actual
         FROM actual a FULL JOIN visit_month_counts s ON s.country = a.country AND s.month = a.month
        WHERE s.visits IS NOT a.visits
        ORDER BY 1, 2`,
    )
    .all() as MonthCountMismatch[];
}

/** The statements that make the counts again from the visits. */
export const REBUILD_VISIT_MONTH_COUNTS = `DELETE FROM visit_month_counts;
    INSERT INTO visit_month_counts (country, month, visits) ${VISIT_MONTH_COUNTS_FROM_VISITS};`;

/** Made again from the visits (inside the caller's transaction). */
export function rebuildVisitMonthCounts(db: Database): void {
  db.exec(REBUILD_VISIT_MONTH_COUNTS);
}
