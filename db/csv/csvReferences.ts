/**
 * Records named in a CSV file the way exports write them (a meeting's visit by its title, a
 * visit's traveller by name) found again by that name: people and organisations as every import
 * finds them (namedRecords.ts), visits by title and, when titles repeat, by the meeting's date.
 * A name that matches no live record, or several, is a problem for that row, never a guess.
 */
import type { MessageRef } from '../../i18n/messages.js';
import type { Database } from 'better-sqlite3';
import type { TableName } from '../api.js';
import { columnLabelRef } from '../columnLabels.js';
import type { NamedReference } from './csvColumns.js';
import { dateSpan } from '../values/dates.js';
import { fold } from '../values/fold.js';
import { findNamed } from '../records/namedRecords.js';
import { statement } from '../query/statement.js';

/** A record of the archive (`id`), a row of the same file (`row`, by index), or why neither. */
export type Resolved = { id: string } | { row: number } | { problem: MessageRef };

interface Candidate {
  id: string;
  lo: string | null;
  hi: string | null;
}

const NOUNS: Partial<Record<TableName, [string, string]>> = {
  people: ['person', 'people'],
  organisations: ['organisation', 'organisations'],
  visits: ['visit', 'visits'],
};

function byName(db: Database, table: TableName, key: string): Candidate[] {
  if (table === 'visits') {
    return statement(
      db,
      `SELECT id, start_date_lo AS lo, coalesce(end_date_hi, start_date_hi) AS hi FROM visits WHERE title_fold = ? AND deleted_at IS NULL`,
    ).all(key) as Candidate[];
  }
  if (table !== 'people' && table !== 'organisations') return [];
  return findNamed(db, table, key).map((id) => ({ id, lo: null, hi: null }));
}

export class ReferenceFinder {
  private readonly cache = new Map<string, Candidate[]>();
  /** Rows of the file itself, by folded name, for tables whose records name one another. */
  private readonly ownRows = new Map<string, number[]>();

  constructor(
    private readonly db: Database,
    private readonly table: TableName,
  ) {}

  /** Makes a row of the file findable by its name (an organisation that another row is part of). */
  addOwnRow(name: string, row: number): void {
    const key = fold(name.trim());
    this.ownRows.set(key, [...(this.ownRows.get(key) ?? []), row]);
  }

  /**
   * The record `name` refers to. `date` (a meeting's) narrows visits of one title to the one
   * whose dates hold it. A row of the file itself comes first: an exported organisation and its
   * departments import together, as new records, into an archive that may hold the originals.
   */
  find(ref: NamedReference, header: string, name: string, date: string | null): Resolved {
    const key = fold(name.trim());
    if (ref.table === this.table) {
      const own = this.ownRows.get(key) ?? [];
      if (own.length === 1) return { row: own[0]! };
      if (own.length > 1) {
        const params = { rows: String(own.length), name, header };
        return { problem: { key: 'problems.csv.sameNameRows', params } };
      }
    }
    const cacheKey = `${ref.table}\n${key}`;
    let found = this.cache.get(cacheKey);
    if (!found) {
      found = byName(this.db, ref.table, key);
      this.cache.set(cacheKey, found);
    }
    const [one, many] = NOUNS[ref.table] ?? [ref.table, ref.table];
    if (found.length === 0) {
      return { problem: { key: 'problems.csv.noSuchName', params: { one, name } } };
    }
    const span = date ? dateSpan(date) : null;
    const near =
      found.length > 1 && span
        ? found.filter((c) => c.lo !== null && c.hi !== null && c.lo <= span.hi && c.hi >= span.lo)
        : found;
    if (near.length === 1) return { id: near[0]!.id };
    const idLabel = columnLabelRef(this.table, ref.idField);
    const which = near.length === 0 ? found.length : near.length;
    const dated = !span ? 'undated' : near.length === 0 ? 'none' : 'around';
    const params = { which: String(which), many, name, header, idLabel, dated };
    return { problem: { key: 'problems.csv.sameName', params } };
  }
}
