import type { Database } from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { deleteTrash } from '../write/emptyTrash.js';
import { checkArchive } from '../check/stats.js';
import { deleteRecords, redo, restoreRecords, undo } from '../write/write.js';
import { create, expectRefusedAndUnchanged, refusal, snapshot } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

function meeting(db: Database, id: string): { visit_id: string | null; deleted: number } {
  return db
    .prepare('SELECT visit_id, deleted_at IS NOT NULL AS deleted FROM meetings WHERE id = ?')
    .get(id) as { visit_id: string | null; deleted: number };
}

/**
 * Every row of the archive but the change log, whose undone flags an undo sets, and the version
 * clock, without
 * versions (an undo is one more write).
 */
function records(db: Database): string {
  const tables = JSON.parse(snapshot(db)) as [string, Record<string, unknown>[]][];
  return JSON.stringify(
    tables
      .filter(([name]) => name !== 'change_log' && name !== 'version_clock')
      .map(([name, rows]) => [name, rows.map(({ version: _version, ...row }) => row)]),
  );
}

function visitDeleted(db: Database, id: string): number {
  return db
    .prepare('SELECT deleted_at IS NOT NULL FROM visits WHERE id = ?')
    .pluck()
    .get(id) as number;
}

/** A visit with five meetings, the first two without a date of their own. */
function visitWithMeetings(db: Database, dated = 3): { visit: string; meetings: string[] } {
  const visit = create(db, 'visits', { title: 'Visit to Baku', start_date: '2023-05' });
  const meetings = Array.from({ length: 5 }, (_, i) =>
    create(db, 'meetings', {
      visit_id: visit,
      ...(i >= 5 - dated ? { date: `2023-05-0${i + 1}` } : {}),
    }),
  );
  return { visit, meetings };
}

describe('moving a visit with meetings to the trash', () => {
  test('without a choice is refused with a sentence, and writes nothing', () => {
    const { db } = tempArchive();
    const { visit } = visitWithMeetings(db);
    expectRefusedAndUnchanged(
      db,
      () => deleteRecords(db, { table: 'visits', ids: [visit] }),
      'refused',
      'This visit has 5 meetings. Choose whether they go to the trash with it or stay without a visit.',
    );
  });

  test("'trash' moves its meetings with it, and one undo brings all back", () => {
    const { db } = tempArchive();
    const { visit, meetings } = visitWithMeetings(db);
    const other = create(db, 'meetings', { date: '2023-06-01' });
    const before = records(db);
    expect(deleteRecords(db, { table: 'visits', ids: [visit], meetings: 'trash' })).toEqual({
      count: 1,
    });
    expect(visitDeleted(db, visit)).toBe(1);
    expect(meetings.map((m) => meeting(db, m).deleted)).toEqual([1, 1, 1, 1, 1]);
    expect(meeting(db, other).deleted).toBe(0);
    const txns = db.prepare("SELECT DISTINCT txn FROM change_log WHERE op = 'delete'").all();
    expect(txns).toHaveLength(1);
    undo(db);
    expect(records(db)).toBe(before);
    redo(db);
    expect(meetings.map((m) => meeting(db, m).deleted)).toEqual([1, 1, 1, 1, 1]);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
  });

  test("'keep' keeps the meetings without a visit, and one undo links them again", () => {
    const { db } = tempArchive();
    const { visit, meetings } = visitWithMeetings(db, 5);
    const before = records(db);
    deleteRecords(db, { table: 'visits', ids: [visit], meetings: 'keep' });
    expect(meetings.map((m) => meeting(db, m))).toEqual(
      meetings.map(() => ({ visit_id: null, deleted: 0 })),
    );
    expect(db.prepare('SELECT meeting_count FROM visits').pluck().get()).toBe(0);
    undo(db);
    expect(records(db)).toBe(before);
    expect(db.prepare('SELECT meeting_count FROM visits').pluck().get()).toBe(5);
    redo(db);
    expect(meeting(db, meetings[0]!)).toEqual({ visit_id: null, deleted: 0 });
    expect(visitDeleted(db, visit)).toBe(1);
  });

  test("'keep' is refused whole when a meeting has no date of its own", () => {
    const { db } = tempArchive();
    const { visit } = visitWithMeetings(db);
    expectRefusedAndUnchanged(
      db,
      () => deleteRecords(db, { table: 'visits', ids: [visit], meetings: 'keep' }),
      'refused',
      '2 of the 5 meetings have no date of their own, and a meeting needs a date or a visit, so nothing was deleted. Give them dates first, or choose to move the meetings to the trash with the visit.',
    );
  });

  test('of several visits, names them together', () => {
    const { db } = tempArchive();
    const a = visitWithMeetings(db).visit;
    const b = create(db, 'visits', { title: 'Visit to Ganja' });
    create(db, 'meetings', { visit_id: b, date: '2023-07-01' });
    const error = refusal(() => deleteRecords(db, { table: 'visits', ids: [a, b] }));
    expect(error.message).toBe(
      'These visits have 6 meetings. Choose whether they go to the trash with them or stay without a visit.',
    );
  });

  test('needs no choice for a visit without live meetings, and other tables ignore it', () => {
    const { db } = tempArchive();
    const { visit, meetings } = visitWithMeetings(db);
    deleteRecords(db, { table: 'meetings', ids: meetings, meetings: 'keep' });
    expect(deleteRecords(db, { table: 'visits', ids: [visit] })).toEqual({ count: 1 });
    const topic = create(db, 'topics', { name: 'Energy' });
    expect(deleteRecords(db, { table: 'topics', ids: [topic], meetings: 'trash' })).toEqual({
      count: 1,
    });
  });
});

describe('restoring a visit', () => {
  test('brings back the meetings that went to the trash with it, as one action', () => {
    const { db } = tempArchive();
    const { visit, meetings } = visitWithMeetings(db);
    // Trashed on its own before the visit: it stays in the trash.
    deleteRecords(db, { table: 'meetings', ids: [meetings[0]!] });
    deleteRecords(db, { table: 'visits', ids: [visit], meetings: 'trash' });
    expect(restoreRecords(db, { table: 'visits', ids: [visit] })).toEqual({ count: 1 });
    expect(visitDeleted(db, visit)).toBe(0);
    expect(meetings.map((m) => meeting(db, m).deleted)).toEqual([1, 0, 0, 0, 0]);
    expect(db.prepare('SELECT meeting_count FROM visits').pluck().get()).toBe(4);
    const restores = db
      .prepare("SELECT DISTINCT txn FROM change_log WHERE op = 'restore'")
      .pluck()
      .all();
    expect(restores).toHaveLength(1);
    undo(db);
    expect(visitDeleted(db, visit)).toBe(1);
    expect(meetings.map((m) => meeting(db, m).deleted)).toEqual([1, 1, 1, 1, 1]);
    redo(db);
    expect(meetings.map((m) => meeting(db, m).deleted)).toEqual([1, 0, 0, 0, 0]);
  });

  test('leaves a meeting restored on its own and trashed again since where it is', () => {
    const { db } = tempArchive();
    const { visit, meetings } = visitWithMeetings(db);
    deleteRecords(db, { table: 'visits', ids: [visit], meetings: 'trash' });
    restoreRecords(db, { table: 'meetings', ids: [meetings[4]!] });
    deleteRecords(db, { table: 'meetings', ids: [meetings[4]!] });
    restoreRecords(db, { table: 'visits', ids: [visit] });
    expect(meetings.map((m) => meeting(db, m).deleted)).toEqual([0, 0, 0, 0, 1]);
  });

  test('again after its restore was undone brings its meetings back, and Empty trash keeps them', () => {
    const { db } = tempArchive();
    const { visit, meetings } = visitWithMeetings(db);
    deleteRecords(db, { table: 'visits', ids: [visit], meetings: 'trash' });
    restoreRecords(db, { table: 'visits', ids: [visit] });
    undo(db);
    restoreRecords(db, { table: 'visits', ids: [visit] });
    expect(visitDeleted(db, visit)).toBe(0);
    expect(meetings.map((m) => meeting(db, m).deleted)).toEqual([0, 0, 0, 0, 0]);
    deleteTrash(db);
    expect(db.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(5);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
  });
});
