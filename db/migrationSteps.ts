/**
 * What a migration needs beyond its SQL: values only the archive's own functions can compute.
 * Each step runs right after its migration's SQL, inside the same transaction, so a failure
 * leaves the archive at the previous version.
 */
import type { Database } from 'better-sqlite3';
import { spellingsOf } from './values/spellings.js';

/** Fills `people.spellings_fold` (see 0005_person_spellings.sql) and indexes it. */
function personSpellings(db: Database): void {
  // The index is new and empty: it is built first, so that the triggers that follow each update
  // take out of it what it holds.
  db.exec("INSERT INTO people_fts (people_fts) VALUES ('rebuild')");
  const people = db.prepare('SELECT rid, name, aliases FROM people').all() as {
    rid: number;
    name: string;
    aliases: string;
  }[];
  const update = db.prepare('UPDATE people SET spellings_fold = ? WHERE rid = ?');
  for (const p of people) update.run(spellingsOf(p.name, JSON.parse(p.aliases) as string[]), p.rid);
}

export const MIGRATION_STEPS: Readonly<Record<number, (db: Database) => void>> = {
  5: personSpellings,
};
