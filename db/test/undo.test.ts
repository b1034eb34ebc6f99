import { describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openArchive } from '../open/open.js';
import { checkArchive } from '../check/stats.js';
import { deleteRecords, redo, restoreRecords, saveRecord, undo } from '../write/write.js';
import { create, refusal, snapshot, testContext } from './fixtures.js';
import { tempArchive, track } from './tempArchive.js';

/** A visit's row but its version, which counts writes (an undo is one more). */
function visit(db: Database, id: string): Record<string, unknown> | undefined {
  const row = db.prepare('SELECT * FROM visits WHERE id = ?').get(id) as
    Record<string, unknown> | undefined;
  if (row === undefined) return undefined;
  const { version: _version, ...rest } = row;
  return rest;
}

function participants(db: Database, meeting: string): unknown[] {
  return db
    .prepare(
      'SELECT id, person_id, title, side FROM meeting_participants WHERE meeting_id = ? ORDER BY ord',
    )
    .all(meeting);
}

describe('undo and redo', () => {
  test('of a create: the record goes, and comes back the same', () => {
    const { db } = tempArchive();
    const id = create(db, 'visits', { title: 'Visit to Dushanbe', city: 'Dushanbe' });
    const created = snapshot(db);
    const undone = undo(db);
    expect(undone.change).toMatchObject({ entity: 'visits', entityId: id, op: 'create' });
    expect(visit(db, id)).toBeUndefined();
    expect(redo(db).change).toMatchObject({ entityId: id, op: 'create' });
    expect(visit(db, id)).toMatchObject({ title: 'Visit to Dushanbe', city_fold: 'dushanbe' });
    // The same record, under a version no editor has seen (the clock moves on).
    const sameRecord = (text: string) =>
      text.replace(/"rid":\d+/g, '').replace(/"(version|last)":\d+/g, '');
    expect(sameRecord(snapshot(db))).toBe(sameRecord(created));
  });

  test('of an update: every value, its shadow columns and updated_at come back', () => {
    const { db } = tempArchive();
    const ctx = testContext();
    const id = create(db, 'visits', { title: 'Visit', start_date: '2021-03', city: 'Almaty' }, ctx);
    const before = visit(db, id);
    saveRecord(
      db,
      { table: 'visits', id, values: { start_date: '2021-04-02', city: 'Astana' } },
      ctx,
    );
    const version = db.prepare('SELECT version FROM visits').pluck();
    const versions = [version.get()];
    const after = visit(db, id);
    undo(db);
    versions.push(version.get());
    expect(visit(db, id)).toEqual(before);
    redo(db);
    versions.push(version.get());
    expect(visit(db, id)).toEqual(after);
    // An editor that opened the record at any step before knows it is stale.
    expect(new Set(versions).size).toBe(3);
  });

  test('of a delete and a restore', () => {
    const { db } = tempArchive();
    const id = create(db, 'topics', { name: 'Digitalization' });
    const deletedAt = db.prepare('SELECT deleted_at FROM topics WHERE id = ?').pluck();
    expect(deleteRecords(db, { table: 'topics', ids: [id] })).toEqual({ count: 1 });
    expect(deletedAt.get(id)).not.toBeNull();
    expect(undo(db).change?.op).toBe('delete');
    expect(deletedAt.get(id)).toBeNull();
    redo(db);
    expect(deletedAt.get(id)).not.toBeNull();
    expect(restoreRecords(db, { table: 'topics', ids: [id] })).toEqual({ count: 1 });
    expect(deletedAt.get(id)).toBeNull();
    expect(undo(db).change?.op).toBe('restore');
    expect(deletedAt.get(id)).not.toBeNull();
  });

  test("of a meeting's participants", () => {
    const { db } = tempArchive();
    const a = create(db, 'people', { name: 'Person A' });
    const b = create(db, 'people', { name: 'Person B' });
    const meeting = create(db, 'meetings', {
      date: '2022-10-12',
      participants: [{ person_id: a, title: 'Minister' }],
    });
    const first = participants(db, meeting);
    saveRecord(db, {
      table: 'meetings',
      id: meeting,
      values: {
        participants: [
          { person_id: b, side: 'other' },
          { person_id: a, title: 'Minister' },
        ],
      },
    });
    const second = participants(db, meeting);
    expect(second).toMatchObject([{ person_id: b, side: 'other' }, { person_id: a }]);
    undo(db);
    expect(participants(db, meeting)).toEqual(first);
    redo(db);
    expect(participants(db, meeting)).toEqual(second);
    // An editor sending back the rows it was given keeps their ids.
    saveRecord(db, {
      table: 'meetings',
      id: meeting,
      values: { participants: [...(second as object[]), { id: 'made-up', person_id: b }] },
    });
    const third = participants(db, meeting) as { id: string }[];
    expect(third.slice(0, 2)).toEqual(second);
    expect(third[2]!.id).not.toBe('made-up');
  });

  test('of an action on many records, as one step', () => {
    const { db } = tempArchive();
    const ids = ['Tashkent', 'Samarkand', 'Bukhara'].map((city) =>
      create(db, 'visits', { title: `Visit to ${city}`, city }),
    );
    const live = db.prepare('SELECT count(*) FROM visits WHERE deleted_at IS NULL').pluck();
    expect(deleteRecords(db, { table: 'visits', ids })).toEqual({ count: 3 });
    const txns = db
      .prepare("SELECT DISTINCT txn FROM change_log WHERE op = 'delete'")
      .pluck()
      .all();
    expect(txns).toHaveLength(1);
    expect(live.get()).toBe(0);
    undo(db);
    expect(live.get()).toBe(3);
    redo(db);
    expect(live.get()).toBe(0);
  });

  test('step back through several actions in order, and forward again', () => {
    const { db } = tempArchive();
    const id = create(db, 'topics', { name: 'One' });
    saveRecord(db, { table: 'topics', id, values: { name: 'Two' } });
    saveRecord(db, { table: 'topics', id, values: { name: 'Three' } });
    const name = db.prepare('SELECT name FROM topics').pluck();
    undo(db);
    expect(name.get()).toBe('Two');
    undo(db);
    expect(name.get()).toBe('One');
    redo(db);
    expect(name.get()).toBe('Two');
    redo(db);
    expect(name.get()).toBe('Three');
    expect(redo(db).change).toBeNull();
  });

  test('a new change after an undo discards what could be redone', () => {
    const { db } = tempArchive();
    const id = create(db, 'topics', { name: 'One' });
    saveRecord(db, { table: 'topics', id, values: { name: 'Two' } });
    undo(db);
    saveRecord(db, { table: 'topics', id, values: { name: 'Other' } });
    expect(redo(db).change).toBeNull();
    const history = db.prepare('SELECT before, after FROM change_log ORDER BY seq').all() as {
      before: string | null;
      after: string;
    }[];
    // The log reads as the changes in effect: each change starts where the previous one ended.
    expect(history.map((h) => JSON.parse(h.after).name)).toEqual(['One', 'Other']);
    expect(history[1]!.before).toBe(history[0]!.after);
  });

  test('survives closing and reopening the archive', () => {
    const { db, file } = tempArchive();
    const id = create(db, 'topics', { name: 'Kept' });
    saveRecord(db, { table: 'topics', id, values: { name: 'Changed' } });
    db.close();
    const again = track(openArchive(file));
    expect(undo(again).change?.op).toBe('update');
    expect(again.prepare('SELECT name FROM topics').pluck().get()).toBe('Kept');
  });

  test('with nothing to undo or redo, says so and changes nothing', () => {
    const { db } = tempArchive();
    expect(undo(db)).toEqual({ change: null });
    expect(redo(db)).toEqual({ change: null });
  });

  test('of a visit that a meeting outside the log now belongs to is refused whole', () => {
    const { db } = tempArchive();
    const id = create(db, 'visits', { title: 'Visit' });
    db.prepare(
      "INSERT INTO meetings (id, visit_id, created_at, updated_at) VALUES ('m', ?, 'x', 'x')",
    ).run(id);
    const before = snapshot(db);
    expect(refusal(() => undo(db)).code).toBe('refused');
    expect(snapshot(db)).toBe(before);
  });

  test('leaves the archive sound: references, counts and full-text indexes in step', () => {
    const { db } = tempArchive();
    const person = create(db, 'people', { name: 'Person' });
    const visit = create(db, 'visits', { title: 'Visit to Hanoi', city: 'Hanoi' });
    const meeting = create(db, 'meetings', {
      visit_id: visit,
      venue: 'Ministry',
      participants: [{ person_id: person }],
    });
    saveRecord(db, { table: 'visits', id: visit, values: { city: 'Da Nang' } });
    deleteRecords(db, { table: 'meetings', ids: [meeting] });
    for (let i = 0; i < 5; i++) undo(db);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
    for (let i = 0; i < 3; i++) redo(db);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
    expect(db.prepare('SELECT meeting_count FROM visits').pluck().get()).toBe(1);
  });
});
