/**
 * Prepared inserts for the demo archive, one per table, with every column named (shadow columns
 * included), and a count of the rows written for the generation rate.
 *
 * The demo writes straight to the tables and bypasses the change log on purpose: synthetic
 * records are not a user's edits, and there is nothing to undo in an archive built from scratch.
 */
import type Database from 'better-sqlite3';
import { dateSpan } from '../values/dates.js';
import { fold } from '../values/fold.js';

const COLUMNS = {
  people:
    'id name name_fold honorific honorific_fold aliases aliases_fold spellings_fold country notes notes_fold created_at updated_at',
  organisations:
    'id name name_fold acronym acronym_fold kind kind_fold country parent_id notes notes_fold created_at updated_at',
  positions:
    'id person_id organisation_id title title_fold start_date start_date_lo start_date_hi end_date end_date_lo end_date_hi created_at updated_at',
  topics: 'id name name_fold description description_fold created_at updated_at',
  visits:
    'id title title_fold traveller_id city city_fold country start_date start_date_lo start_date_hi end_date end_date_lo end_date_hi purpose purpose_fold summary summary_fold status meeting_count created_at updated_at',
  meetings:
    'id visit_id date date_lo date_hi city city_fold country venue venue_fold format format_fold summary summary_fold outcomes outcomes_fold atmosphere atmosphere_fold created_at updated_at',
  meeting_participants: 'id meeting_id person_id organisation_id title side ord',
  meeting_topics: 'meeting_id topic_id',
  visit_topics: 'visit_id topic_id',
  events:
    'id title title_fold start_date start_date_lo start_date_hi end_date end_date_lo end_date_hi city city_fold country organiser_id status summary summary_fold created_at updated_at',
  sources:
    'id title title_fold date date_lo date_hi kind kind_fold text text_fold created_at updated_at',
  source_links: 'source_id entity entity_id',
} as const;

export type DemoTable = keyof typeof COLUMNS;
export const DEMO_TABLES = Object.keys(COLUMNS) as DemoTable[];

export type Cell = string | number | null;

export interface DemoWriter {
  /** Values in the order of the table's columns above. */
  write(table: DemoTable, values: Cell[]): void;
  /** Writes the rows still held back; call before reading the tables. */
  flush(): void;
  readonly rows: number;
}

/**
 * Rows per INSERT statement: one statement of fifty rows costs a third less than fifty statements
 * of one row, most of a row's cost being the call into SQLite.
 */
const BATCH = 50;

interface TableInsert {
  width: number;
  /** Which of the values written the table has a column for, when it lacks some. */
  keep: boolean[] | null;
  one: Database.Statement;
  many: Database.Statement;
  pending: Cell[];
}

export function createDemoWriter(db: Database.Database): DemoWriter {
  const inserts = new Map<DemoTable, TableInsert>();
  for (const table of DEMO_TABLES) {
    // An archive of an older schema (a test of its upgrade) lacks the newer columns: left out.
    const has = new Set(
      (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name),
    );
    const all = COLUMNS[table].split(' ');
    const columns = all.filter((c) => has.has(c));
    const keep = columns.length < all.length ? all.map((c) => has.has(c)) : null;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    inserts.set(table, {
      width: columns.length,
      keep,
      one: db.prepare(head + tuple),
      many: db.prepare(head + Array<string>(BATCH).fill(tuple).join(', ')),
      pending: [],
    });
  }
  let rows = 0;
  return {
    write(table, values) {
      const insert = inserts.get(table)!;
      const { pending, keep } = insert;
      for (let i = 0; i < values.length; i++) if (!keep || keep[i]) pending.push(values[i]!);
      if (pending.length === BATCH * insert.width) {
        insert.many.run(pending);
        pending.length = 0;
      }
      rows++;
    },
    flush() {
      for (const { width, one, pending } of inserts.values()) {
        for (let i = 0; i < pending.length; i += width) one.run(pending.slice(i, i + width));
        pending.length = 0;
      }
    },
    get rows() {
      return rows;
    },
  };
}

/**
 * Folds text once per distinct string: the demo repeats cities, titles and phrases a great many
 * times, and folding is the costliest step of composing a row.
 */
export function createFolder(): (text: string | null) => string | null {
  const cache = new Map<string, string>();
  return (text) => {
    if (text === null) return null;
    let folded = cache.get(text);
    if (folded === undefined) {
      folded = fold(text);
      if (cache.size < 200_000) cache.set(text, folded);
    }
    return folded;
  };
}

/** A partial date with its first and last day, or three nulls. */
export function dateCells(value: string | null): [string | null, string | null, string | null] {
  if (value === null) return [null, null, null];
  if (value.length === 10) return [value, value, value];
  const span = dateSpan(value);
  if (!span) throw new Error(`Not a partial date: ${value}`);
  return [value, span.lo, span.hi];
}
