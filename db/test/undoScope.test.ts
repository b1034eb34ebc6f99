import type { Database } from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { WriteContext } from '../write/changeLog.js';
import { redo, saveRecord, undo } from '../write/write.js';
import { create, refusal, snapshot } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

/** Two windows on one archive, each with its own session, as the hosts pass them. */
function windows(): { a: WriteContext; b: WriteContext } {
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 0, 1, 9, 0, tick++)).toISOString();
  return {
    a: { user: 'amina', session: 'window-a', now },
    b: { user: 'boris', session: 'window-b', now },
  };
}

function names(db: Database): unknown[] {
  return db.prepare('SELECT name FROM topics ORDER BY name').pluck().all();
}

describe('undo in one window', () => {
  test("takes back that window's latest change, never another window's", () => {
    const { db } = tempArchive();
    const { a, b } = windows();
    create(db, 'topics', { name: 'Energy' }, a);
    create(db, 'topics', { name: 'Water' }, b);
    const undone = undo(db, a);
    expect(undone.change).toMatchObject({ entity: 'topics', op: 'create', user: 'amina' });
    expect(names(db)).toEqual(['Water']);
    // Nothing more of its own to undo: another window's change stays.
    expect(undo(db, a)).toEqual({ change: null });
    expect(names(db)).toEqual(['Water']);
    expect(redo(db, a).change).toMatchObject({ op: 'create', user: 'amina' });
    expect(names(db)).toEqual(['Energy', 'Water']);
    expect(undo(db, b).change).toMatchObject({ op: 'create', user: 'boris' });
    expect(names(db)).toEqual(['Energy']);
  });

  test('keeps its redo when another window makes a change', () => {
    const { db } = tempArchive();
    const { a, b } = windows();
    create(db, 'topics', { name: 'Energy' }, a);
    undo(db, a);
    create(db, 'topics', { name: 'Water' }, b);
    redo(db, a);
    expect(names(db)).toEqual(['Energy', 'Water']);
  });

  test('is refused, naming who, when someone else changed the record since', () => {
    const { db } = tempArchive();
    const { a, b } = windows();
    const id = create(db, 'topics', { name: 'Energy' }, b);
    saveRecord(db, { table: 'topics', id, values: { name: 'Power' } }, a);
    saveRecord(db, { table: 'topics', id, values: { description: 'Grids' } }, b);
    const before = snapshot(db);
    const error = refusal(() => undo(db, a));
    expect(error.code).toBe('conflict');
    // The moment is written as the language writes one, in the workstation's time zone.
    expect(error.message).toMatch(
      /^Your last change cannot be undone: the topic “Power” was changed since by boris \(at (Jan 1|Dec 31), 202[56], \d{1,2}:\d\d\s[AP]M\), in another window or on another workstation\. Nothing was changed; change the topic yourself instead\.$/,
    );
    expect(snapshot(db)).toBe(before);
  });

  test('redo is refused when someone else changed the record after the undo', () => {
    const { db } = tempArchive();
    const { a, b } = windows();
    const id = create(db, 'topics', { name: 'Energy' }, b);
    saveRecord(db, { table: 'topics', id, values: { name: 'Power' } }, a);
    undo(db, a);
    saveRecord(db, { table: 'topics', id, values: { description: 'Grids' } }, b);
    const before = snapshot(db);
    const error = refusal(() => redo(db, a));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^Your last undone change cannot be redone: the topic “Energy”/);
    expect(snapshot(db)).toBe(before);
  });

  test('also takes back changes made without a window (the command line)', () => {
    const { db } = tempArchive();
    const { a } = windows();
    create(db, 'topics', { name: 'Imported' });
    create(db, 'topics', { name: 'Energy' }, a);
    undo(db, a);
    undo(db, a);
    expect(names(db)).toEqual([]);
  });
});
