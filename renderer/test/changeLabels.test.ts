import { describe, expect, test } from 'vitest';
import { tIn } from '../../i18n/messages.js';
import type { ArchiveChange } from '../archiveVersion.js';
import {
  describeChange,
  describeMany,
  describeMerge,
  type ChangeName,
} from '../changes/describeChange.js';
import { labelArchiveChange, type ChangeLabel } from '../changes/labelArchiveChange.js';

/** A change's name as a window in `language` says it. */
function said(what: ChangeName, language = 'en'): string {
  return tIn(language, what.key, what.params);
}

/** A label with its name said in English, to compare with what the Undo button shows. */
function labelled(change: ArchiveChange, language = 'en') {
  const label: ChangeLabel = labelArchiveChange(change);
  return label.kind === 'label' ? { ...label, what: said(label.what, language) } : label;
}

describe('describeChange', () => {
  test('names the kind of change and the record, as the Undo button says it', () => {
    expect(said(describeChange({ op: 'update', entity: 'visits' }, 'Astana forum'))).toBe(
      'edit of visit “Astana forum”',
    );
    expect(said(describeChange({ op: 'delete', entity: 'people' }, 'Aleksandr Pankin'))).toBe(
      'deletion of person “Aleksandr Pankin”',
    );
    expect(said(describeChange({ op: 'restore', entity: 'meetings' }, null))).toBe(
      'restoring of a meeting',
    );
    expect(said(describeMany('delete', 'visits', 3))).toBe('deletion of 3 visits');
    expect(said(describeMany('import', 'positions', 1))).toBe('import of 1 record');
    expect(said(describeMerge('organisations', 'CICA'))).toBe('merge into organisation “CICA”');
  });
});

describe('labelArchiveChange', () => {
  test('names a save from what was saved: a new record is a creation, else an edit', () => {
    const record = { id: 'v1', title: 'Visit to Baku' };
    expect(
      labelled({
        method: 'saveRecord',
        input: { table: 'visits', values: {} },
        value: { record },
      }),
    ).toEqual({ kind: 'label', what: 'creation of visit “Visit to Baku”' });
    expect(
      labelled({
        method: 'saveRecord',
        input: { table: 'visits', id: 'v1', values: {} },
        value: { record },
      }),
    ).toEqual({ kind: 'label', what: 'edit of visit “Visit to Baku”' });
  });

  test('asks for the name of one record deleted or restored, and counts several', () => {
    expect(
      labelled({
        method: 'deleteRecords',
        input: { table: 'visits', ids: ['v1'], meetings: 'trash' },
        value: { count: 1 },
      }),
    ).toEqual({ kind: 'lookup', op: 'delete', table: 'visits', id: 'v1' });
    expect(
      labelled({
        method: 'restoreRecords',
        input: { table: 'people', ids: ['p1', 'p2'] },
        value: { count: 2 },
      }),
    ).toEqual({ kind: 'label', what: 'restoring of 2 people' });
  });

  test('a call that wrote nothing, and undo and redo, add no action to undo', () => {
    expect(
      labelled({
        method: 'restoreRecords',
        input: { table: 'people', ids: ['p1'] },
        value: { count: 0 },
      }),
    ).toEqual({ kind: 'none' });
    expect(labelled({ method: 'undo', input: {}, value: { change: null } })).toEqual({
      kind: 'none',
    });
  });

  test('a restored backup or a demo fill makes what was known about the log out of date', () => {
    expect(labelled({ method: 'restoreBackup', input: {}, value: {} })).toEqual({
      kind: 'reset',
    });
    expect(labelled({ method: 'loadDemo', input: {}, value: {} })).toEqual({
      kind: 'reset',
    });
  });

  test('names a merge by the record kept', () => {
    expect(
      labelled({
        method: 'mergeRecords',
        input: { table: 'people', keepId: 'p1', mergeId: 'p2' },
        value: { record: { id: 'p1', name: 'Aleksandr Pankin' }, moved: 4 },
      }),
    ).toEqual({ kind: 'label', what: 'merge into person “Aleksandr Pankin”' });
  });
});

describe('a change named in one language', () => {
  test('is said in the language the window speaks when it shows the name', () => {
    const saved: ArchiveChange = {
      method: 'savePressRelease',
      input: { draft: { visit: { title: 'Talks in Moscow' } } },
      value: { visitId: 'v1', meetingIds: [], createdPeople: [] },
    };
    expect(labelled(saved, 'en')).toEqual({ kind: 'label', what: 'import of Talks in Moscow' });
    expect(labelled(saved, 'ru')).toEqual({
      kind: 'label',
      what: 'импорт визита «Talks in Moscow»',
    });
    // Russian declines the record's noun and counts in its own plural forms.
    expect(said(describeChange({ op: 'update', entity: 'visits' }, 'Astana forum'), 'ru')).toBe(
      'изменение визита «Astana forum»',
    );
    expect(said(describeMany('delete', 'visits', 3), 'ru')).toBe('удаление (3 визита)');
  });
});
