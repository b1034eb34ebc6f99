/**
 * Emptying the trash: the one write that cannot be undone, so a backup comes first. Records are
 * deleted for good with their link rows; their change-log rows stay as their history.
 */
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { EmptyTrashResult, TableName } from '../api.js';
import { backupBefore } from '../backup/backupRotation.js';
import { holdingWriteLock } from '../open/holdingWriteLock.js';
import { statement } from '../query/statement.js';

/** The tables with a trash, in the order their records are deleted: those that refer first. */
const ORDER: readonly TableName[] = [
  'meetings',
  'visits',
  'events',
  'positions',
  'organisations',
  'people',
  'topics',
  'sources',
];

/** A reference from a record (or a link row it owns) to a record of another table. */
interface Reference {
  /** SQL answering (owner, target) pairs whose target is in the trash. */
  sql: string;
  owner: TableName | 'entity';
  target: TableName;
}

function column(from: TableName, col: string, target: TableName): Reference {
  return {
    sql: `SELECT r.id AS owner, r.${col} AS target FROM ${from} r
            JOIN ${target} x ON x.id = r.${col} WHERE x.deleted_at IS NOT NULL`,
    owner: from,
    target,
  };
}

function link(table: string, key: string, owner: TableName, col: string, target: TableName) {
  return {
    sql: `SELECT l.${key} AS owner, l.${col} AS target FROM ${table} l
            JOIN ${target} x ON x.id = l.${col} WHERE x.deleted_at IS NOT NULL`,
    owner,
    target,
  };
}

/** Every reference schema v2 holds between records, its link tables included. */
const REFERENCES: Reference[] = [
  column('positions', 'person_id', 'people'),
  column('positions', 'organisation_id', 'organisations'),
  column('organisations', 'parent_id', 'organisations'),
  column('visits', 'traveller_id', 'people'),
  column('meetings', 'visit_id', 'visits'),
  column('events', 'organiser_id', 'organisations'),
  link('meeting_participants', 'meeting_id', 'meetings', 'person_id', 'people'),
  link('meeting_participants', 'meeting_id', 'meetings', 'organisation_id', 'organisations'),
  link('meeting_topics', 'meeting_id', 'meetings', 'topic_id', 'topics'),
  link('visit_topics', 'visit_id', 'visits', 'topic_id', 'topics'),
  {
    // A link naming a record that is no longer there keeps nothing.
    sql: `SELECT l.entity || ':' || l.entity_id AS owner, l.source_id AS target
            FROM source_links l JOIN sources x ON x.id = l.source_id
           WHERE x.deleted_at IS NOT NULL AND (${ORDER.map(
             (t) => `EXISTS (SELECT 1 FROM ${t} WHERE l.entity = '${t}' AND id = l.entity_id)`,
           ).join(' OR ')})`,
    owner: 'entity',
    target: 'sources',
  },
];

const key = (table: string, id: string) => `${table}:${id}`;

/**
 * The trashed records that can go, by table: every one, but those a record that stays (live, or
 * kept in the trash itself) still names, until no more are kept.
 */
function doomedRecords(db: Database): Map<TableName, string[]> {
  const doomed = new Set<string>();
  for (const table of ORDER) {
    const ids = statement(db, `SELECT id FROM ${table} WHERE deleted_at IS NOT NULL`)
      .pluck()
      .all() as string[];
    for (const id of ids) doomed.add(key(table, id));
  }
  const pairs = REFERENCES.flatMap((ref) =>
    (statement(db, ref.sql).all() as { owner: string; target: string }[]).map((p) => ({
      owner: ref.owner === 'entity' ? p.owner : key(ref.owner, p.owner),
      target: key(ref.target, p.target),
    })),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const { owner, target } of pairs) {
      if (doomed.has(target) && !doomed.has(owner)) {
        doomed.delete(target);
        changed = true;
      }
    }
  }
  const byTable = new Map<TableName, string[]>();
  for (const entry of doomed) {
    const at = entry.indexOf(':');
    const table = entry.slice(0, at) as TableName;
    const ids = byTable.get(table) ?? [];
    ids.push(entry.slice(at + 1));
    byTable.set(table, ids);
  }
  return byTable;
}

/** Deletes the trash for good in one transaction; answers how many records went and stayed. */
export function deleteTrash(db: Database): { deleted: number; kept: number } {
  return db
    .transaction(() => {
      const inTrash = ORDER.reduce(
        (n, table) =>
          n +
          (statement(db, `SELECT count(*) FROM ${table} WHERE deleted_at IS NOT NULL`)
            .pluck()
            .get() as number),
        0,
      );
      const doomed = doomedRecords(db);
      // A department and its ministry may both go: checked at commit, not row by row.
      db.pragma('defer_foreign_keys = ON');
      const unlink = statement(db, 'DELETE FROM source_links WHERE entity = ? AND entity_id = ?');
      for (const table of ORDER) {
        const remove = statement(
          db,
          `DELETE FROM ${table} WHERE id = ? AND deleted_at IS NOT NULL`,
        );
        for (const id of doomed.get(table) ?? []) {
          // Participants, topics and a source's own links go with their record (ON DELETE
          // CASCADE); the links naming the record as what a source supports go here.
          unlink.run(table, id);
          remove.run(id);
        }
      }
      const deleted = [...doomed.values()].reduce((n, ids) => n + ids.length, 0);
      return { deleted, kept: inTrash - deleted };
    })
    .immediate();
}

/**
 * Backs the archive up, then empties the trash: no backup, no deletion. The write lock is held
 * from the backup's start to the deletion's commit (holdingWriteLock), so that both see the same
 * state: a record another program edits and trashes meanwhile waits, and is not deleted in a
 * version the backup never held.
 */
export async function emptyTrash(db: Database): Promise<EmptyTrashResult> {
  const { backup, deleted, kept } = await holdingWriteLock(db, async (writer) => {
    const backup = await backupBefore(db, 'empty-trash');
    return { backup, ...deleteTrash(writer) };
  });
  return {
    deleted,
    kept,
    backup: {
      name: path.basename(backup.file),
      kind: backup.kind,
      at: backup.at.toISOString(),
      bytes: backup.bytes,
    },
  };
}
