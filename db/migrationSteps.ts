/**
 * What a migration needs beyond its SQL: values only the archive's own functions can compute, and
 * work long enough on a large archive to say how far it has gone. Each step runs right after its
 * migration's SQL, inside the same transaction, so a failure leaves the archive at the previous
 * version. `report` takes the fraction of the step done (0 to 1).
 */
import type { Database } from 'better-sqlite3';
import { spellingsOf } from './values/spellings.js';
import { fillFtsIndex, ftsIndexes } from './check/ftsMismatches.js';
import { fillSearchWords } from './query/searchWords.js';

/** Fills `people.spellings_fold` (see 0005_person_spellings.sql) and indexes it. */
function personSpellings(db: Database, report: (fraction: number) => void): void {
  // The index is new and empty: it is built first, so that the triggers that follow each update
  // take out of it what it holds.
  db.exec("INSERT INTO people_fts (people_fts) VALUES ('rebuild')");
  const people = db.prepare('SELECT rid, name, aliases FROM people').all() as {
    rid: number;
    name: string;
    aliases: string;
  }[];
  const update = db.prepare('UPDATE people SET spellings_fold = ? WHERE rid = ?');
  const every = reportEvery(people.length);
  people.forEach((p, i) => {
    update.run(spellingsOf(p.name, JSON.parse(p.aliases) as string[]), p.rid);
    if ((i + 1) % every === 0) report((i + 1) / people.length);
  });
}

/** How many rows between two reports: about a hundred reports per step, at most one per row. */
function reportEvery(rows: number): number {
  return Math.max(1, Math.ceil(rows / 100));
}

/** The trigram indexes of 0006_trigram_indexes.sql and the folded columns each one holds. */
const TRIGRAM_INDEXES = [
  { table: 'meetings', index: 'meetings_trigram', columns: 'city_fold, venue_fold' },
  { table: 'visits', index: 'visits_trigram', columns: 'title_fold, city_fold' },
] as const;

/**
 * Fills the trigram indexes that 0006_trigram_indexes.sql creates empty: about four minutes on a
 * million meetings, said as it goes. Each index is filled by one statement that reads its table
 * in rowid order, exactly as FTS5's 'rebuild' does, and the index it writes is byte for byte
 * rebuild's: FTS5 writes what it holds in memory to a new segment at each statement of a
 * transaction, so filling it by several statements (batches of rowids) would leave other
 * segments than rebuild's, and more merging. The rows read are counted instead, by a function the
 * statement calls on each rowid, which reports after each batch of rowids.
 */
function trigramIndexes(db: Database, report: (fraction: number) => void): void {
  const last = TRIGRAM_INDEXES.map(
    ({ table }) => db.prepare(`SELECT coalesce(max(rid), 0) FROM ${table}`).pluck().get() as number,
  );
  const total = last.reduce((sum, n) => sum + n, 0);
  const every = reportEvery(total);
  let before = 0;
  let next = every;
  db.function('migration_rows_read', { deterministic: false, directOnly: true }, (rid) => {
    const read = before + Number(rid);
    if (read >= next) {
      report(read / total);
      next = (Math.floor(read / every) + 1) * every;
    }
    return 1;
  });
  TRIGRAM_INDEXES.forEach(({ table, index, columns }, i) => {
    db.prepare(
      `INSERT INTO ${index} (rowid, ${columns}) SELECT rid, ${columns} FROM ${table} ` +
        'WHERE migration_rows_read(rid) ORDER BY rid',
    ).run();
    before += last[i] ?? 0;
  });
  report(1);
}

/**
 * Fills the meetings' date-ordered full-text index of 0008_meetings_fts_date_order.sql in one
 * statement, in key order (see fillFtsIndex), said as the meetings are read.
 */
function meetingsFtsDateOrder(db: Database, report: (fraction: number) => void): void {
  const total = db.prepare('SELECT count(*) FROM meetings').pluck().get() as number;
  const every = reportEvery(total);
  let read = 0;
  db.function('migration_rows_read', { deterministic: false, directOnly: true }, () => {
    read += 1;
    if (read % every === 0) report(read / total);
    return 1;
  });
  const index = ftsIndexes(db).find((i) => i.name === 'meetings_fts');
  if (!index) throw new Error('0008 made no meetings_fts');
  fillFtsIndex(db, index, 'migration_rows_read()');
  report(1);
}

/**
 * The words of the meetings' full-text index, for 0009_meetings_words.sql's word list: one
 * statement (seconds on a million meetings), said only as its phase.
 */
function meetingsWords(db: Database): void {
  fillSearchWords(db, 'meetings');
}

export type MigrationStep = (db: Database, report: (fraction: number) => void) => void;

export const MIGRATION_STEPS: Readonly<Record<number, MigrationStep>> = {
  5: personSpellings,
  6: trigramIndexes,
  8: meetingsFtsDateOrder,
  9: meetingsWords,
};
