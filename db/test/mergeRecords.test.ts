import type { Database } from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { recordHistory } from '../write/changeLog.js';
import { mergeRecords } from '../write/mergeRecords.js';
import { checkArchive } from '../check/stats.js';
import { deleteTrash } from '../write/emptyTrash.js';
import { deleteRecords, redo, restoreRecords, undo } from '../write/write.js';
import { create, expectRefusedAndUnchanged, refusal, snapshot } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

/**
 * Every row of the archive but the change log (whose undone flags an undo sets) and the version
 * clock, without row ids
 * (a participant written again gets a new one) and versions (an undo is one more write).
 */
function records(db: Database): string {
  const tables = JSON.parse(snapshot(db)) as [string, Record<string, unknown>[]][];
  return JSON.stringify(
    tables
      .filter(([name]) => name !== 'change_log' && name !== 'version_clock')
      .map(([name, rows]) => [
        name,
        rows.map(({ rid: _rid, version: _version, ...row }) => JSON.stringify(row)).sort(),
      ]),
  );
}

/** Runs a change; an undo gives back the records as they were before it, a redo as after. */
function expectUndoneAndRedoneExactly(db: Database, change: () => unknown): void {
  const before = records(db);
  change();
  const after = records(db);
  undo(db);
  expect(records(db)).toBe(before);
  redo(db);
  expect(records(db)).toBe(after);
}

function column(db: Database, sql: string, ...params: unknown[]): unknown[] {
  return db
    .prepare(sql)
    .pluck()
    .all(...params);
}

function people(db: Database) {
  const source = create(db, 'sources', { title: 'Press release, 2021' });
  const other = create(db, 'sources', { title: 'Minutes' });
  const org = create(db, 'organisations', { name: 'Dialogue of Civilizations' });
  const keep = create(db, 'people', {
    name: 'Alexander Pankin',
    aliases: ['A. Pankin'],
    source_ids: [other],
  });
  const merge = create(db, 'people', {
    name: 'Aleksandr Pankin',
    aliases: ['a. pankin', 'Alexandr Pankin'],
    source_ids: [source, other],
  });
  const position = create(db, 'positions', { person_id: merge, title: 'Deputy Minister' });
  const visit = create(db, 'visits', { title: 'Visit', traveller_id: merge });
  const both = create(db, 'meetings', {
    date: '2021-02-22',
    participants: [
      { person_id: keep, title: 'Deputy Minister' },
      { person_id: merge, organisation_id: org },
    ],
  });
  const alone = create(db, 'meetings', {
    date: '2021-02-23',
    participants: [{ person_id: merge, title: 'Deputy Minister', organisation_id: org }],
  });
  return { keep, merge, position, visit, both, alone, source, other };
}

describe('merging two people', () => {
  test('moves every link to the kept one, joins the names, and trashes the other', () => {
    const { db } = tempArchive();
    const p = people(db);
    const [last] = column(db, 'SELECT max(seq) FROM change_log');
    const result = mergeRecords(db, { table: 'people', keepId: p.keep, mergeId: p.merge });
    // A position, a visit, two participations and one source.
    expect(result.moved).toBe(5);
    expect(result.record).toMatchObject({ id: p.keep, name: 'Alexander Pankin' });
    expect(JSON.parse(String(result.record.aliases))).toEqual([
      'A. Pankin',
      'Aleksandr Pankin',
      'Alexandr Pankin',
    ]);
    expect(column(db, 'SELECT person_id FROM positions')).toEqual([p.keep]);
    expect(column(db, 'SELECT traveller_id FROM visits')).toEqual([p.keep]);
    const participants = (meeting: string) =>
      column(db, 'SELECT person_id FROM meeting_participants WHERE meeting_id = ?', meeting);
    expect(participants(p.both)).toEqual([p.keep]);
    expect(participants(p.alone)).toEqual([p.keep]);
    expect(
      column(db, 'SELECT source_id FROM source_links WHERE entity_id = ? ORDER BY 1', p.keep),
    ).toEqual([p.source, p.other].sort());
    expect(column(db, 'SELECT deleted_at IS NOT NULL FROM people WHERE id = ?', p.merge)).toEqual([
      1,
    ]);
    expect(column(db, 'SELECT count(DISTINCT txn) FROM change_log WHERE seq > ?', last)).toEqual([
      1,
    ]);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
  });

  test('is one action: one undo puts both records and every link back, redo again', () => {
    const { db } = tempArchive();
    const p = people(db);
    expectUndoneAndRedoneExactly(db, () =>
      mergeRecords(db, { table: 'people', keepId: p.keep, mergeId: p.merge }),
    );
  });

  test("keeps both histories: the kept one's new spellings, the merged one's delete", () => {
    const { db } = tempArchive();
    const p = people(db);
    mergeRecords(db, { table: 'people', keepId: p.keep, mergeId: p.merge });
    const kept = recordHistory(db, 'people', p.keep).at(-1)!;
    expect(kept.op).toBe('update');
    expect(JSON.parse(kept.after!).aliases).toContain('Aleksandr Pankin');
    expect(recordHistory(db, 'people', p.merge).at(-1)!.op).toBe('delete');
  });

  test('is refused, writing nothing, for one record twice, a missing one, or one in the trash', () => {
    const { db } = tempArchive();
    const p = people(db);
    const topic = create(db, 'topics', { name: 'Energy' });
    const before = snapshot(db);
    const same = refusal(() =>
      mergeRecords(db, { table: 'people', keepId: p.keep, mergeId: p.keep }),
    );
    expect(same.code).toBe('refused');
    expect(same.message).toMatch(/cannot be merged into itself/);
    const missing = refusal(() =>
      mergeRecords(db, { table: 'people', keepId: p.keep, mergeId: topic }),
    );
    expect(missing.code).toBe('not_found');
    expect(missing.message).toBe(
      `There is no person with the id ${topic} (the one to merge), so nothing was merged. Reload the list and choose again.`,
    );
    const wrongTable = refusal(() =>
      mergeRecords(db, { table: 'topics' as 'people', keepId: topic, mergeId: p.keep }),
    );
    expect(wrongTable.code).toBe('invalid_input');
    expect(snapshot(db)).toBe(before);
    deleteRecords(db, { table: 'people', ids: [p.merge] });
    const trashed = snapshot(db);
    const inTrash = refusal(() =>
      mergeRecords(db, { table: 'people', keepId: p.keep, mergeId: p.merge }),
    );
    expect(inTrash.code).toBe('refused');
    expect(inTrash.message).toMatch(
      /^The person Aleksandr Pankin \(the one to merge\) is in the trash/,
    );
    expect(snapshot(db)).toBe(trashed);
  });
});

describe('merging two organisations', () => {
  function organisations(db: Database) {
    const keep = create(db, 'organisations', { name: 'OSCE', aliases: ['ОБСЕ'] });
    const merge = create(db, 'organisations', {
      name: 'Organization for Security and Co-operation in Europe',
    });
    const department = create(db, 'organisations', { name: 'Secretariat', parent_id: merge });
    const person = create(db, 'people', { name: 'Person' });
    create(db, 'positions', { person_id: person, organisation_id: merge, title: 'Director' });
    create(db, 'events', { title: 'Ministerial Council', organiser_id: merge });
    create(db, 'meetings', {
      date: '2023-01-01',
      participants: [{ person_id: person, organisation_id: merge }],
    });
    return { keep, merge, department };
  }

  test('moves positions, departments, events and participations, and one undo puts them back', () => {
    const { db } = tempArchive();
    const o = organisations(db);
    const before = records(db);
    const result = mergeRecords(db, { table: 'organisations', keepId: o.keep, mergeId: o.merge });
    expect(result.moved).toBe(4);
    expect(JSON.parse(String(result.record.aliases))).toEqual([
      'ОБСЕ',
      'Organization for Security and Co-operation in Europe',
    ]);
    expect(column(db, 'SELECT organisation_id FROM positions')).toEqual([o.keep]);
    expect(column(db, 'SELECT organiser_id FROM events')).toEqual([o.keep]);
    expect(column(db, 'SELECT organisation_id FROM meeting_participants')).toEqual([o.keep]);
    expect(column(db, 'SELECT parent_id FROM organisations WHERE id = ?', o.department)).toEqual([
      o.keep,
    ]);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
    undo(db);
    expect(records(db)).toBe(before);
  });

  test('that would place an organisation inside itself is refused, writing nothing', () => {
    const { db } = tempArchive();
    const o = organisations(db);
    expectRefusedAndUnchanged(
      db,
      () => mergeRecords(db, { table: 'organisations', keepId: o.department, mergeId: o.merge }),
      'refused',
      'Secretariat is part of Organization for Security and Co-operation in Europe, so merging would place the organisation inside itself. Nothing was merged: merge them the other way round, or give Secretariat another parent first.',
    );
  });
});

describe('merging records that trashed records name', () => {
  test('moves the references of trashed records too, so that they come back naming the kept one', () => {
    const { db } = tempArchive();
    const p = people(db);
    const org = create(db, 'organisations', { name: 'Ministry' });
    const dept = create(db, 'organisations', { name: 'Department', parent_id: org });
    const event = create(db, 'events', { title: 'Forum', organiser_id: org });
    deleteRecords(db, { table: 'positions', ids: [p.position] });
    deleteRecords(db, { table: 'visits', ids: [p.visit] });
    deleteRecords(db, { table: 'meetings', ids: [p.alone] });
    deleteRecords(db, { table: 'organisations', ids: [dept] });
    deleteRecords(db, { table: 'events', ids: [event] });
    const result = mergeRecords(db, { table: 'people', keepId: p.keep, mergeId: p.merge });
    expect(result.moved).toBe(5);
    const keepOrg = create(db, 'organisations', { name: 'Kept ministry' });
    mergeRecords(db, { table: 'organisations', keepId: keepOrg, mergeId: org });
    restoreRecords(db, { table: 'positions', ids: [p.position] });
    restoreRecords(db, { table: 'visits', ids: [p.visit] });
    restoreRecords(db, { table: 'meetings', ids: [p.alone] });
    restoreRecords(db, { table: 'organisations', ids: [dept] });
    restoreRecords(db, { table: 'events', ids: [event] });
    expect(column(db, 'SELECT person_id FROM positions')).toEqual([p.keep]);
    expect(column(db, 'SELECT traveller_id FROM visits')).toEqual([p.keep]);
    expect(
      column(db, 'SELECT person_id FROM meeting_participants WHERE meeting_id = ?', p.alone),
    ).toEqual([p.keep]);
    expect(column(db, 'SELECT parent_id FROM organisations WHERE id = ?', dept)).toEqual([keepOrg]);
    expect(column(db, 'SELECT organiser_id FROM events')).toEqual([keepOrg]);
    // Nothing names the merged-away records any more: emptying the trash takes them.
    expect(deleteTrash(db)).toEqual({ deleted: 2, kept: 0 });
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
  });

  test('is undone exactly, trashed records included', () => {
    const { db } = tempArchive();
    const p = people(db);
    deleteRecords(db, { table: 'positions', ids: [p.position] });
    deleteRecords(db, { table: 'meetings', ids: [p.alone, p.both] });
    expectUndoneAndRedoneExactly(db, () =>
      mergeRecords(db, { table: 'people', keepId: p.keep, mergeId: p.merge }),
    );
  });
});
