/**
 * The live person or organisation a name stands for, as every import finds them (press-release
 * drafts and their save, CSV references): by name first, then by acronym or another spelling,
 * then, for a person, by initial and surname ("A. Lukin" for "Alexander Lukin"). Every comparison
 * is on folded text (fold.ts), so case and Unicode forms do not matter. The first of these that
 * finds anyone decides: a record named so is meant before one only also known so.
 */
import type { Database } from 'better-sqlite3';
import { fold } from '../values/fold.js';
import { statement } from '../query/statement.js';

export type NamedTable = 'people' | 'organisations';

const LIVE = 'deleted_at IS NULL';
const ALIAS = 'instr(char(10) || aliases_fold || char(10), char(10) || ? || char(10)) > 0';

/** "A. Lukin", "A.Lukin" and "Alexander Lukin" share the key "a lukin". */
export function initialAndSurname(name: string): string {
  const words = name.replace(/\./g, '. ').split(/\s+/).filter(Boolean);
  const surname = (words[words.length - 1] ?? '').toLowerCase();
  const initial = (words[0] ?? '').charAt(0).toLowerCase();
  return `${initial} ${surname}`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function byInitial(db: Database, name: string): string[] {
  const words = name.replace(/\./g, '. ').split(/\s+/).filter(Boolean);
  // One word is a surname alone: any initial would fit it, which is a guess, not a match.
  if (words.length < 2) return [];
  const surname = fold(words[words.length - 1]!);
  const candidates = statement(
    db,
    `SELECT id, name, aliases FROM people WHERE ${LIVE} AND (name_fold LIKE ? ESCAPE '\\' OR aliases_fold LIKE ? ESCAPE '\\')`,
  ).all(`%${escapeLike(surname)}`, `%${escapeLike(surname)}%`) as {
    id: string;
    name: string;
    aliases: string;
  }[];
  const key = initialAndSurname(fold(name));
  return candidates
    .filter((p) =>
      [p.name, ...(JSON.parse(p.aliases) as string[])].some(
        (n) => initialAndSurname(fold(n)) === key,
      ),
    )
    .map((p) => p.id);
}

/** The ids of the live records `name` stands for, in the first way that finds any; often one. */
export function findNamed(db: Database, table: NamedTable, name: string): string[] {
  const key = fold(name.trim());
  if (key === '') return [];
  const ids = (sql: string, ...params: string[]) =>
    statement(db, sql)
      .pluck()
      .all(...params) as string[];
  const named = ids(`SELECT id FROM ${table} WHERE name_fold = ? AND ${LIVE}`, key);
  if (named.length > 0) return named;
  const known =
    table === 'organisations'
      ? ids(
          `SELECT id FROM organisations WHERE ${LIVE} AND (acronym_fold = ? OR ${ALIAS})`,
          key,
          key,
        )
      : ids(`SELECT id FROM people WHERE ${LIVE} AND ${ALIAS}`, key);
  if (known.length > 0 || table === 'organisations') return known;
  return byInitial(db, name.trim());
}

/** The one live record `name` stands for, or null when no one, or more than one, fits. */
export function findOneNamed(db: Database, table: NamedTable, name: string): string | null {
  const ids = findNamed(db, table, name);
  return ids.length === 1 ? ids[0]! : null;
}
