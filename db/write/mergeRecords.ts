/**
 * Two records that are one person or one organisation: everything that names the merged record
 * comes to the kept one, its names become the kept one's other spellings, and it goes to the
 * trash, all as ONE action so that one undo puts both records and every link back.
 */
import type { Database } from 'better-sqlite3';
import { MergeInputSchema } from '../api.js';
import type { MergeInput, MergeResult } from '../api.js';
import type { WriteContext } from './changeLog.js';
import type { MessageRef } from '../../i18n/messages.js';
import { ArchiveError } from '../errors.js';
import { fold } from '../values/fold.js';
import { readState } from './recordState.js';
import type { Participant, RecordState } from './recordState.js';
import { statement } from '../query/statement.js';
import { RECORD_NOUN } from '../tableSpecs.js';
import { parseInput, recordRow, writeTogether } from './writeTogether.js';
import type { WriteOps } from './writeTogether.js';

type MergeTable = MergeInput['table'];

/**
 * Records of `table` whose `column` names `id`, those in the trash too: restored later, they
 * must name the kept record, and the merged one must not be held in the trash by them.
 */
function namedBy(db: Database, table: string, column: string, id: string): string[] {
  return statement(db, `SELECT id FROM ${table} WHERE ${column} = ? ORDER BY rid`)
    .pluck()
    .all(id) as string[];
}

function mergeable(db: Database, table: MergeTable, id: string, role: MessageRef): RecordState {
  const noun = RECORD_NOUN[table];
  const state = readState(db, table, id);
  if (state === null) {
    throw new ArchiveError('not_found', 'errors.mergeRecords.noRecord', { noun, id, role });
  }
  if (state.deleted_at !== null) {
    throw new ArchiveError('refused', 'errors.mergeRecords.inTrash', {
      noun,
      name: String(state.name),
      role,
    });
  }
  return state;
}

/** Whether `ancestor` is `id` or contains it, through parent organisations. */
function isWithin(db: Database, id: string, ancestor: string): boolean {
  const parentOf = statement(db, 'SELECT parent_id FROM organisations WHERE id = ?').pluck();
  const seen = new Set<string>();
  for (let at: string | null = id; at !== null && !seen.has(at);) {
    if (at === ancestor) return true;
    seen.add(at);
    at = (parentOf.get(at) as string | null | undefined) ?? null;
  }
  return false;
}

/**
 * Moves the meetings' participations (trashed meetings too) of the merged record to the kept
 * one. A person who already takes part in a meeting keeps their own participation and the
 * merged one goes.
 */
function moveParticipations(
  db: Database,
  ops: WriteOps,
  column: 'person_id' | 'organisation_id',
  keepId: string,
  mergeId: string,
): number {
  const meetings = statement(
    db,
    `SELECT DISTINCT meeting_id FROM meeting_participants WHERE ${column} = ?`,
  )
    .pluck()
    .all(mergeId) as string[];
  let moved = 0;
  for (const id of meetings) {
    const before = readState(db, 'meetings', id)?.participants ?? [];
    const kept = before.some((p) => p[column] === keepId);
    const participants: Participant[] = [];
    for (const p of before) {
      if (p[column] !== mergeId) participants.push(p);
      else {
        moved++;
        if (column === 'organisation_id' || !kept) participants.push({ ...p, [column]: keepId });
      }
    }
    ops.relink('meetings', id, { participants });
  }
  return moved;
}

/** The kept record's other spellings, joined by the merged record's name and spellings. */
function joinedAliases(keep: RecordState, merged: RecordState): string[] {
  const aliases = [...((keep.aliases as string[] | undefined) ?? [])];
  const known = new Set([String(keep.name), ...aliases].map(fold));
  for (const name of [String(merged.name), ...((merged.aliases as string[] | undefined) ?? [])]) {
    if (known.has(fold(name))) continue;
    known.add(fold(name));
    aliases.push(name);
  }
  return aliases;
}

/** Folds `mergeId` into `keepId` (people or organisations) and moves it to the trash. */
export function mergeRecords(db: Database, input: MergeInput, ctx?: WriteContext): MergeResult {
  const { table, keepId, mergeId } = parseInput(MergeInputSchema, input);
  const noun = RECORD_NOUN[table];
  if (keepId === mergeId) {
    throw new ArchiveError('refused', 'errors.mergeRecords.itself', { noun });
  }
  return writeTogether(
    db,
    (ops) => {
      const keep = mergeable(db, table, keepId, { key: 'errors.mergeRecords.roleKeep' });
      const merged = mergeable(db, table, mergeId, { key: 'errors.mergeRecords.roleMerge' });
      let moved = 0;
      const repoint = (from: 'positions' | 'visits' | 'organisations' | 'events', col: string) => {
        for (const id of namedBy(db, from, col, mergeId)) {
          ops.relink(from, id, { [col]: keepId });
          moved++;
        }
      };
      if (table === 'people') {
        repoint('positions', 'person_id');
        repoint('visits', 'traveller_id');
        moved += moveParticipations(db, ops, 'person_id', keepId, mergeId);
      } else {
        if (isWithin(db, keepId, mergeId)) {
          throw new ArchiveError('refused', 'errors.mergeRecords.insideItself', {
            name: String(keep.name),
            mergedName: String(merged.name),
          });
        }
        repoint('positions', 'organisation_id');
        repoint('organisations', 'parent_id');
        repoint('events', 'organiser_id');
        moved += moveParticipations(db, ops, 'organisation_id', keepId, mergeId);
      }
      const live = statement(db, 'SELECT 1 FROM sources WHERE id = ? AND deleted_at IS NULL');
      const brought = (merged.source_ids ?? []).filter((id) => live.get(id) !== undefined);
      const sources = [...new Set([...(keep.source_ids ?? []), ...brought])];
      moved += sources.length - (keep.source_ids ?? []).length;
      ops.save({
        table,
        id: keepId,
        values: { aliases: joinedAliases(keep, merged), source_ids: sources },
      });
      ops.trash(table, [mergeId]);
      return { record: recordRow(db, table, keepId), moved };
    },
    ctx,
  );
}
