import { describe, expect, test } from 'vitest';
import { COLUMN_LABELS, DEFAULT_COLUMNS, TABLES, TABLE_FIELDS } from '../../db/api.js';
import { hasMessage, t } from '../messages.js';
import { eventScreen } from '../events/eventScreen.js';
import { meetingScreen } from '../meetings/meetingScreen.js';
import { organisationScreen } from '../organisations/organisationScreen.js';
import { personScreen } from '../people/personScreen.js';
import { visitColumns } from '../visits/visitColumns.js';

describe('column labels', () => {
  test('an exported file is headed with the labels the tables show', () => {
    for (const [field, label] of Object.entries(COLUMN_LABELS)) {
      const key = `field.${field}`;
      if (hasMessage(key)) expect([field, t(key)]).toEqual([field, label]);
    }
  });

  test('every field of every table has one label, in exports, imports and on screen', () => {
    // A field added to TABLE_FIELDS without its label would be headed by its raw name in an
    // export, and a file headed by the label the table shows would not import back.
    for (const table of TABLES) {
      for (const field of Object.keys(TABLE_FIELDS[table])) {
        const key = `field.${field}`;
        expect([table, field, COLUMN_LABELS[field]]).toEqual([table, field, expect.any(String)]);
        expect([table, field, hasMessage(key) ? t(key) : null]).toEqual([
          table,
          field,
          COLUMN_LABELS[field],
        ]);
      }
    }
  });

  test('an export without chosen columns writes the columns each table shows', () => {
    const ids = (columns: { id?: string }[]) => columns.map((c) => c.id);
    expect(ids(visitColumns)).toEqual(DEFAULT_COLUMNS.visits);
    expect(ids(meetingScreen.columns)).toEqual(DEFAULT_COLUMNS.meetings);
    expect(ids(personScreen.columns)).toEqual(DEFAULT_COLUMNS.people);
    expect(ids(organisationScreen.columns)).toEqual(DEFAULT_COLUMNS.organisations);
    expect(ids(eventScreen.columns)).toEqual(DEFAULT_COLUMNS.events);
    expect(Object.keys(DEFAULT_COLUMNS).sort()).toEqual([...TABLES].sort());
  });
});
