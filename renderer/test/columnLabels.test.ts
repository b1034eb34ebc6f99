import { describe, expect, test } from 'vitest';
import { DEFAULT_COLUMNS, TABLES, TABLE_REGISTRY, type FieldSpec } from '../../db/api.js';
import { columnHeader } from '../grid/textColumn.js';
import { hasMessage, t } from '../messages.js';
import { eventScreen } from '../events/eventScreen.js';
import { meetingScreen } from '../meetings/meetingScreen.js';
import { organisationScreen } from '../organisations/organisationScreen.js';
import { personScreen } from '../people/personScreen.js';
import { visitColumns } from '../visits/visitColumns.js';

describe('column labels', () => {
  test('an export without chosen columns writes the columns each table shows', () => {
    const ids = (columns: { id?: string }[]) => columns.map((c) => c.id);
    expect(ids(visitColumns)).toEqual(DEFAULT_COLUMNS.visits);
    expect(ids(meetingScreen.columns)).toEqual(DEFAULT_COLUMNS.meetings);
    expect(ids(personScreen.columns)).toEqual(DEFAULT_COLUMNS.people);
    expect(ids(organisationScreen.columns)).toEqual(DEFAULT_COLUMNS.organisations);
    expect(ids(eventScreen.columns)).toEqual(DEFAULT_COLUMNS.events);
    expect(Object.keys(DEFAULT_COLUMNS).sort()).toEqual([...TABLES].sort());
  });

  test('every field of the registry can be a column, headed by its label from the catalog', () => {
    for (const table of TABLES) {
      const fields: Readonly<Record<string, FieldSpec>> = TABLE_REGISTRY[table].fields;
      for (const [field, spec] of Object.entries(fields)) {
        expect([table, field, hasMessage(spec.label)]).toEqual([table, field, true]);
        expect([table, field, columnHeader(table, field)]).toEqual([
          table,
          field,
          t(spec.label as Parameters<typeof t>[0]),
        ]);
      }
    }
  });
});
