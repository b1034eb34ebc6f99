/**
 * `archive check --repair`: rebuilds everything derivedProblems checks from the records it
 * follows from. Derived data is not a user's change, so nothing reaches the change log and no
 * record's `updated_at` moves; a backup is taken first all the same, as before every operation
 * that rewrites much of the archive.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { TABLES } from '../api.js';
import { backupArchive } from '../backup/backup.js';
import { derivedProblems, MEETING_COUNT, type DerivedProblem } from './derivedCheck.js';
import { ftsIndexes, rebuildFtsIndex } from './ftsMismatches.js';
import { backupsDir, fileTimestamp } from '../backup/preMigrationBackup.js';
import { shadowColumns, shadowMismatches } from './shadowColumns.js';
import { rebuildVisitMonthCounts } from '../timeline/visitMonthCounts.js';
import { fillSearchWords } from '../query/searchWords.js';

export interface RepairResult {
  /** What was wrong before the repair, and is rebuilt now. */
  repaired: DerivedProblem[];
  /** The backup taken first, or null when there was nothing to repair. */
  backup: string | null;
}

/**
 * Every shadow column, count and full-text index made again from the records, and every word list
 * given the words its index holds, in one transaction.
 */
export function rebuildDerived(db: Database): void {
  db.transaction(() => {
    const shadows = shadowColumns(db);
    for (const table of TABLES) {
      for (const m of shadowMismatches(db, table, shadows)) {
        // Only shadow columns are set: no trigger watches them, so the indexes stay as they are.
        db.prepare(`UPDATE ${table} SET "${m.shadow.column}" = ? WHERE rid = ?`).run(
          m.expected,
          m.rid,
        );
      }
    }
    db.prepare(
      `UPDATE visits AS v SET meeting_count = ${MEETING_COUNT} WHERE v.meeting_count IS NOT ${MEETING_COUNT}`,
    ).run();
    rebuildVisitMonthCounts(db);
    for (const index of ftsIndexes(db)) rebuildFtsIndex(db, index);
    for (const table of TABLES) fillSearchWords(db, table);
  })();
}

/**
 * Checks the derived data and, when any of it is wrong, backs the archive up into its backups
 * folder (`pre-repair-<time>.db`) and rebuilds it all. A sound archive is left alone.
 */
export async function repairDerived(db: Database, now: Date = new Date()): Promise<RepairResult> {
  const repaired = derivedProblems(db);
  if (repaired.length === 0) return { repaired, backup: null };
  const dir = backupsDir(path.resolve(db.name));
  fs.mkdirSync(dir, { recursive: true });
  const { file } = await backupArchive(db, path.join(dir, `pre-repair-${fileTimestamp(now)}.db`));
  rebuildDerived(db);
  return { repaired, backup: file };
}
