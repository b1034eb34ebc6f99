// What must hold of an archive after its writer was killed: the file is sound, and every batch
// is there in full or not at all.
import Database from 'better-sqlite3';

export interface ArchiveCheck {
  /** Sentences saying what is wrong; empty when the archive is sound. */
  problems: string[];
  /** Batch id -> its size, for the batches found complete. */
  batches: Map<string, number>;
}

/** integrity_check and foreign_key_check of a file, opened the way the app opens it. */
export function soundness(db: Database.Database): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check says: ${String(integrity)}`);
  const dangling = db.pragma('foreign_key_check') as unknown[];
  if (dangling.length > 0) problems.push(`${dangling.length} broken references`);
  return problems;
}

/**
 * Opens the archive (which rolls back what the killed writer left half-done), checks it, and
 * compares the batches it holds with those the writer printed as committed.
 */
export function checkBatches(file: string, printed: ReadonlyMap<string, number>): ArchiveCheck {
  const db = new Database(file);
  try {
    const problems = soundness(db);
    const visits = db
      .prepare(
        `SELECT v.id, v.title, count(DISTINCT m.summary) AS meetings,
                (SELECT count(*) FROM change_log c WHERE c.entity = 'visits' AND c.entity_id = v.id)
                -- CROSS JOIN keeps this order: a visit's meetings, then each one's log rows.
                + (SELECT count(*) FROM meetings m2 CROSS JOIN change_log c
                     ON c.entity = 'meetings' AND c.entity_id = m2.id WHERE m2.visit_id = v.id)
                AS logged
           FROM visits v LEFT JOIN meetings m ON m.visit_id = v.id AND m.summary LIKE 'crash %'
          WHERE v.title LIKE 'crash %' GROUP BY v.id`,
      )
      .all() as { id: string; title: string; meetings: number; logged: number }[];
    const batches = new Map<string, number>();
    for (const visit of visits) {
      const [, batch = '', sizeText = ''] = visit.title.split(' ');
      const size = Number(sizeText);
      if (visit.meetings !== size || visit.logged !== size + 1) {
        problems.push(
          `batch ${batch} is present in part: ${visit.meetings} of ${size} meetings, ${visit.logged} of ${size + 1} change-log rows`,
        );
        continue;
      }
      batches.set(batch, size);
    }
    for (const [batch] of printed) {
      if (!batches.has(batch)) problems.push(`batch ${batch} was committed but is missing`);
    }
    return { problems, batches };
  } finally {
    db.close();
  }
}
