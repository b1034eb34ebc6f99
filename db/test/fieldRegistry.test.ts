import { describe, expect, test } from 'vitest';
import { QuerySchema, TABLES, TABLE_REGISTRY, type FieldSpec, type TableName } from '../api.js';
import { columnLabel } from '../columnLabels.js';
import { importableFields } from '../csv/csvColumns.js';
import { listRecords } from '../query/query.js';
import { label } from '../tables/label.js';
import { validateRecord } from '../write/validateRecord.js';
import { saveRecord } from '../write/write.js';
// The form is the interface's, but what it calls a field is what this test holds the archive to.
// eslint-disable-next-line no-restricted-imports
import { FORM_FIELDS, formFieldLabel } from '../../renderer/forms/formFields.js';
import { refusal } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

function entries(table: TableName): [string, FieldSpec][] {
  return Object.entries(TABLE_REGISTRY[table].fields as Readonly<Record<string, FieldSpec>>);
}

describe('every field of the registry', () => {
  test('can be asked for, filtered and sorted by in a query', () => {
    const { db } = tempArchive();
    for (const table of TABLES) {
      for (const [field] of entries(table)) {
        const query = QuerySchema.parse({
          table,
          columns: [field],
          where: [{ field, op: 'notEmpty' }],
          sort: [{ field, dir: 'desc' }],
        });
        expect(() => listRecords(db, query), `${table}.${field}`).not.toThrow();
      }
    }
  });

  test('is headed in an exported file by its label from the catalog', () => {
    for (const table of TABLES) {
      for (const [field, spec] of entries(table)) {
        expect(() => label(spec.label), `${table}.${field}`).not.toThrow();
        expect(columnLabel(table, field)).toBe(label(spec.label));
      }
    }
  });

  test('that a save may set can be filled from a CSV column and is accepted by validation', () => {
    const { db } = tempArchive();
    for (const table of TABLES) {
      for (const [field, spec] of entries(table)) {
        if (!spec.writable) continue;
        expect(importableFields(table), `${table}.${field}`).toContain(field);
        const { problems } = validateRecord(db, { table, values: { [field]: null } });
        const unknown = problems.filter((p) => p.message.startsWith('There is no field'));
        expect(unknown, `${table}.${field}`).toEqual([]);
      }
    }
  });

  test('that a save may set has an editor in the form of its table, where the table has one', () => {
    for (const table of TABLES) {
      const form = (FORM_FIELDS as Partial<Record<TableName, readonly { field: string }[]>>)[table];
      if (!form) continue;
      const edited = form.map((f) => f.field);
      for (const [field, spec] of entries(table)) {
        if (spec.writable) expect(edited, `${table}.${field}`).toContain(field);
      }
      for (const set of TABLE_REGISTRY[table].sets)
        expect(edited, `${table}.${set}`).toContain(set);
    }
  });
});

describe('a validation message', () => {
  test('names other spellings as the form does', () => {
    const { db } = tempArchive();
    const formLabel = formFieldLabel(FORM_FIELDS.people.find((f) => f.field === 'aliases')!);
    expect(formLabel).toBe('Other spellings');
    const error = refusal(() =>
      saveRecord(db, { table: 'people', values: { name: 'X', aliases: 'A. Lukin' } }),
    );
    expect(error.details).toMatchObject([
      { path: 'values.aliases', message: `${formLabel} must be a list of text.` },
    ]);
  });
});
