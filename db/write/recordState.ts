import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { CellValue, TableName } from '../api.js';
import { dateSpan } from '../values/dates.js';
import { fold } from '../values/fold.js';
import { LIST_COLUMNS, recordSets } from '../tableSpecs.js';
import { statement } from '../query/statement.js';
import { withSpellings } from './spellingsColumn.js';

export interface Participant {
  id?: string;
  person_id: string;
  organisation_id: string | null;
  title: string | null;
  side: string;
}

/**
 * A record as the change log keeps it: its own columns (without the shadow columns, which follow
 * from them, and without counts kept by triggers), aliases as a list, and the sets that belong to
 * it (a meeting's participants and topics, a visit's topics, a record's sources). Undo writes a
 * `before` back, redo an `after`. A partial state (a save) writes only the columns it names.
 */
export interface RecordState {
  [column: string]: CellValue | string[] | Participant[] | undefined;
  participants?: Participant[];
  topic_ids?: string[];
  source_ids?: string[];
}

const DERIVED = /_(fold|lo|hi)$/;
const SET_NAMES = new Set(['participants', 'topic_ids', 'source_ids']);
// The version counts writes: undo writes an old state again under a new version.
const NOT_STATE = new Set(['rid', 'meeting_count', 'version']);
const columnCache = new WeakMap<Database, Map<string, Set<string>>>();

/** The real columns of a table, asked of SQLite once per connection. */
export function tableColumns(db: Database, table: TableName): Set<string> {
  let byTable = columnCache.get(db);
  if (!byTable) columnCache.set(db, (byTable = new Map()));
  let columns = byTable.get(table);
  if (!columns) {
    const rows = db.pragma(`table_info(${table})`) as { name: string }[];
    columns = new Set(rows.map((r) => r.name));
    byTable.set(table, columns);
  }
  return columns;
}

function isListColumn(table: TableName, column: string): boolean {
  return LIST_COLUMNS[table]?.includes(column) ?? false;
}

export function readState(db: Database, table: TableName, id: string): RecordState | null {
  const row = statement(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as
    Record<string, CellValue> | undefined;
  if (!row) return null;
  const state: RecordState = {};
  for (const [column, value] of Object.entries(row)) {
    if (NOT_STATE.has(column) || DERIVED.test(column)) continue;
    state[column] = isListColumn(table, column) ? (JSON.parse(String(value)) as string[]) : value;
  }
  const sets = recordSets(table);
  if (sets.includes('participants')) {
    state.participants = statement(
      db,
      `SELECT id, person_id, organisation_id, title, side FROM meeting_participants
         WHERE meeting_id = ? ORDER BY ord, rid`,
    ).all(id) as Participant[];
  }
  if (sets.includes('topic_ids')) {
    const link = table === 'meetings' ? 'meeting' : 'visit';
    state.topic_ids = statement(
      db,
      `SELECT topic_id FROM ${link}_topics WHERE ${link}_id = ? ORDER BY topic_id`,
    )
      .pluck()
      .all(id) as string[];
  }
  if (sets.includes('source_ids')) {
    state.source_ids = statement(
      db,
      'SELECT source_id FROM source_links WHERE entity = ? AND entity_id = ? ORDER BY source_id',
    )
      .pluck()
      .all(table, id) as string[];
  }
  return state;
}

/** A state's columns as SQLite stores them, each shadow column computed from its source. */
function storedColumns(db: Database, table: TableName, state: RecordState): Map<string, CellValue> {
  const columns = tableColumns(db, table);
  const stored = new Map<string, CellValue>();
  for (const [column, value] of Object.entries(state)) {
    if (SET_NAMES.has(column) || value === undefined) continue;
    // Names reach SQL text here, so only the table's own columns pass. A logged state may name
    // a column a later migration removed: undo cannot bring that back, and restores the rest.
    if (!columns.has(column) || DERIVED.test(column) || NOT_STATE.has(column)) continue;
    if (isListColumn(table, column)) {
      const list = value as string[];
      stored.set(column, JSON.stringify(list));
      if (columns.has(`${column}_fold`)) stored.set(`${column}_fold`, list.map(fold).join('\n'));
      continue;
    }
    const cell = value as CellValue;
    stored.set(column, cell);
    if (columns.has(`${column}_fold`)) {
      stored.set(`${column}_fold`, typeof cell === 'string' ? fold(cell) : null);
    }
    if (columns.has(`${column}_lo`) && columns.has(`${column}_hi`)) {
      const span = typeof cell === 'string' ? dateSpan(cell) : null;
      stored.set(`${column}_lo`, span?.lo ?? null);
      stored.set(`${column}_hi`, span?.hi ?? null);
    }
  }
  if (columns.has('spellings_fold')) withSpellings(db, table, state.id, stored);
  return stored;
}

/** A version no record has had: the archive-wide counter, raised (see migration 0003). */
function nextVersion(db: Database): number {
  return statement(db, 'UPDATE version_clock SET last = last + 1 RETURNING last')
    .pluck()
    .get() as number;
}

/**
 * Makes the archive hold `state` for the record: null deletes the row (undoing a create),
 * a missing row is inserted, an existing one updated in the columns the state names, and its
 * version raised, so that an editor that read it before knows it is stale.
 */
export function applyState(
  db: Database,
  table: TableName,
  id: string,
  state: RecordState | null,
): void {
  if (state === null) {
    replaceSets(db, table, id, { participants: [], topic_ids: [], source_ids: [] });
    statement(db, `DELETE FROM ${table} WHERE id = ?`).run(id);
    return;
  }
  const stored = storedColumns(db, table, { ...state, id });
  const names = [...stored.keys()];
  const exists = statement(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
  if (exists) {
    const assignments = names.filter((n) => n !== 'id').map((n) => `"${n}" = ?`);
    assignments.push('version = ?');
    statement(db, `UPDATE ${table} SET ${assignments.join(', ')} WHERE id = ?`).run(
      ...names.filter((n) => n !== 'id').map((n) => stored.get(n)),
      nextVersion(db),
      id,
    );
  } else {
    stored.set('version', nextVersion(db));
    names.push('version');
    statement(
      db,
      `INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(', ')})
       VALUES (${names.map(() => '?').join(', ')})`,
    ).run(...names.map((n) => stored.get(n)));
  }
  replaceSets(db, table, id, state);
}

/** Replaces the sets the state names; a set it leaves out stays as it is. */
function replaceSets(db: Database, table: TableName, id: string, state: RecordState): void {
  const sets = recordSets(table);
  if (sets.includes('participants') && state.participants) {
    statement(db, 'DELETE FROM meeting_participants WHERE meeting_id = ?').run(id);
    const insert = statement(
      db,
      `INSERT INTO meeting_participants (id, meeting_id, person_id, organisation_id, title, side, ord)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    state.participants.forEach((p, ord) => {
      insert.run(
        p.id ?? crypto.randomUUID(),
        id,
        p.person_id,
        p.organisation_id,
        p.title,
        p.side,
        ord,
      );
    });
  }
  if (sets.includes('topic_ids') && state.topic_ids) {
    const link = table === 'meetings' ? 'meeting' : 'visit';
    statement(db, `DELETE FROM ${link}_topics WHERE ${link}_id = ?`).run(id);
    const insert = statement(db, `INSERT INTO ${link}_topics (${link}_id, topic_id) VALUES (?, ?)`);
    for (const topic of state.topic_ids) insert.run(id, topic);
  }
  if (sets.includes('source_ids') && state.source_ids) {
    statement(db, 'DELETE FROM source_links WHERE entity = ? AND entity_id = ?').run(table, id);
    const insert = statement(
      db,
      'INSERT INTO source_links (source_id, entity, entity_id) VALUES (?, ?, ?)',
    );
    for (const source of state.source_ids) insert.run(source, table, id);
  }
}
