import { describe, expect, test } from 'vitest';
import { describeChange, describeMany, describeMerge } from '../changes/describeChange.js';
import { labelArchiveChange } from '../changes/labelArchiveChange.js';

describe('describeChange', () => {
  test('names the kind of change and the record, as the Undo button says it', () => {
    expect(describeChange({ op: 'update', entity: 'visits' }, 'Astana forum')).toBe(
      'edit of visit “Astana forum”',
    );
    expect(describeChange({ op: 'delete', entity: 'people' }, 'Aleksandr Pankin')).toBe(
      'deletion of person “Aleksandr Pankin”',
    );
    expect(describeChange({ op: 'restore', entity: 'meetings' }, null)).toBe(
      'restoring of a meeting',
    );
    expect(describeMany('delete', 'visits', 3)).toBe('deletion of 3 visits');
    expect(describeMany('import', 'positions', 1)).toBe('import of 1 record');
    expect(describeMerge('organisations', 'CICA')).toBe('merge into organisation “CICA”');
  });
});

describe('labelArchiveChange', () => {
  test('names a save from what was saved: a new record is a creation, else an edit', () => {
    const record = { id: 'v1', title: 'Visit to Baku' };
    expect(
      labelArchiveChange({
        method: 'saveRecord',
        input: { table: 'visits', values: {} },
        value: { record },
      }),
    ).toEqual({ kind: 'label', what: 'creation of visit “Visit to Baku”' });
    expect(
      labelArchiveChange({
        method: 'saveRecord',
        input: { table: 'visits', id: 'v1', values: {} },
        value: { record },
      }),
    ).toEqual({ kind: 'label', what: 'edit of visit “Visit to Baku”' });
  });

  test('asks for the name of one record deleted or restored, and counts several', () => {
    expect(
      labelArchiveChange({
        method: 'deleteRecords',
        input: { table: 'visits', ids: ['v1'], meetings: 'trash' },
        value: { count: 1 },
      }),
    ).toEqual({ kind: 'lookup', op: 'delete', table: 'visits', id: 'v1' });
    expect(
      labelArchiveChange({
        method: 'restoreRecords',
        input: { table: 'people', ids: ['p1', 'p2'] },
        value: { count: 2 },
      }),
    ).toEqual({ kind: 'label', what: 'restoring of 2 people' });
  });

  test('a call that wrote nothing, and undo and redo, add no action to undo', () => {
    expect(
      labelArchiveChange({
        method: 'restoreRecords',
        input: { table: 'people', ids: ['p1'] },
        value: { count: 0 },
      }),
    ).toEqual({ kind: 'none' });
    expect(labelArchiveChange({ method: 'undo', input: {}, value: { change: null } })).toEqual({
      kind: 'none',
    });
  });

  test('a restored backup or a demo fill makes what was known about the log out of date', () => {
    expect(labelArchiveChange({ method: 'restoreBackup', input: {}, value: {} })).toEqual({
      kind: 'reset',
    });
    expect(labelArchiveChange({ method: 'loadDemo', input: {}, value: {} })).toEqual({
      kind: 'reset',
    });
  });

  test('names a merge by the record kept', () => {
    expect(
      labelArchiveChange({
        method: 'mergeRecords',
        input: { table: 'people', keepId: 'p1', mergeId: 'p2' },
        value: { record: { id: 'p1', name: 'Aleksandr Pankin' }, moved: 4 },
      }),
    ).toEqual({ kind: 'label', what: 'merge into person “Aleksandr Pankin”' });
  });
});
