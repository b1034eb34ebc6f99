/**
 * Everything the archive keeps that follows from its records, checked against them: the
 * full-text indexes and their word lists (kept by triggers), each visit's `meeting_count` and the visits counted by
 * country and month for the timeline (kept by triggers), and the
 * folded and date-span shadow columns (kept by the write path). Damage to these passes SQLite's
 * own integrity check, yet makes searches, filters and sorts miss or invent records. Reads only,
 * so it runs on a read-only archive, and quickly enough to run after every step of a test on an
 * archive of hundreds of records.
 */
import type { Database } from 'better-sqlite3';
import { TABLES } from '../api.js';
import { ftsIndexes, ftsMismatches } from './ftsMismatches.js';
import { shadowColumns, shadowMismatches } from './shadowColumns.js';
import { visitMonthCountMismatches } from '../timeline/visitMonthCounts.js';
import { FTS_TABLE, SEARCH_WORDS } from '../query/fields.js';
import { missingSearchWords } from '../query/searchWords.js';

export interface DerivedProblem {
  kind: string;
  table: string;
  id?: string;
  detail: string;
}

/** Visits whose meeting_count differs from their live meetings; the same rule as the triggers. */
export const MEETING_COUNT = `(SELECT count(*) FROM meetings m
  WHERE m.visit_id = v.id AND m.deleted_at IS NULL)`;

function shown(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  const text = String(value).replace(/\n/g, ' / ');
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

function countProblems(db: Database): DerivedProblem[] {
  const rows = db
    .prepare(
      `SELECT v.id, v.meeting_count AS stored, ${MEETING_COUNT} AS actual FROM visits v
        WHERE v.meeting_count IS NOT ${MEETING_COUNT} ORDER BY v.rid`,
    )
    .all() as { id: string; stored: number; actual: number }[];
  return rows.map((r) => ({
    kind: 'count',
    table: 'visits',
    id: r.id,
    detail: `The visit ${r.id} has meeting_count ${r.stored}, but ${r.actual} live meeting(s) belong to it, so its meeting count is shown wrong.`,
  }));
}

function monthCountProblems(db: Database): DerivedProblem[] {
  return visitMonthCountMismatches(db).map((m) => ({
    kind: 'count',
    table: 'visit_month_counts',
    detail: `${m.stored} visit(s) are counted for ${m.country ? `the country ${m.country}` : 'no country'} in ${m.month ? `the month ${m.month}` : 'no month'}, but ${m.actual} live visit(s) start there, so the timeline's first picture shows them wrong.`,
  }));
}

function shadowProblems(db: Database): DerivedProblem[] {
  const shadows = shadowColumns(db);
  return TABLES.flatMap((table) =>
    shadowMismatches(db, table, shadows).map((m) => ({
      kind: m.shadow.kind,
      table,
      id: m.id,
      detail: `${table}.${m.shadow.column} of ${m.id} holds ${shown(m.stored)}, but its ${m.shadow.source} ${shown(m.value)} gives ${shown(m.expected)}, so filters and sorts on ${m.shadow.source} see the wrong value.`,
    })),
  );
}

function fullTextProblems(db: Database): DerivedProblem[] {
  return ftsIndexes(db).flatMap((index) =>
    ftsMismatches(db, index).map((m) => {
      const where =
        m.rowid === null
          ? 'in its totals'
          : m.id === null
            ? `at row ${m.rowid}, which ${index.table} no longer holds`
            : `for ${m.id} (row ${m.rowid})`;
      return {
        kind: 'fts',
        table: index.table,
        ...(m.id === null ? {} : { id: m.id }),
        detail: `The full-text index ${index.name} does not match its records ${where}, so searches may miss or wrongly find it.`,
      };
    }),
  );
}

function wordListProblems(db: Database): DerivedProblem[] {
  return TABLES.flatMap((table) => {
    const missing = missingSearchWords(db, table);
    return missing === 0
      ? []
      : [
          {
            kind: 'words',
            table,
            detail: `${missing} word(s) of the full-text index ${FTS_TABLE[table]} are missing from its word list ${SEARCH_WORDS[table]}, so a search typed past their first three letters misses the ${table} holding them.`,
          },
        ];
  });
}

/**
 * Every derived value that differs from what its source gives, in a stable order: full-text
 * indexes, their word lists, counts, then shadow columns. Empty for a sound archive.
 */
export function derivedProblems(db: Database): DerivedProblem[] {
  return [
    ...fullTextProblems(db),
    ...wordListProblems(db),
    ...countProblems(db),
    ...monthCountProblems(db),
    ...shadowProblems(db),
  ];
}
