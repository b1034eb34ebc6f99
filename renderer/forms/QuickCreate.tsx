import { useMemo, useState, type ReactNode } from 'react';
import type { TableName } from '../../db/api.js';
import { t, type MessageKey } from '../messages.js';
import { FORM_FIELDS, formField, type FormField } from './formFields.js';
import { initialValues, type LinkValue } from './formValues.js';
import { RecordForm } from './RecordForm.js';

interface QuickForm {
  fields: readonly FormField[];
  /** The field the typed text fills, and the record is then known by. */
  name: string;
  title: MessageKey;
  save: MessageKey;
}

const pick = (table: 'people' | 'organisations', fields: string[]) =>
  FORM_FIELDS[table].filter((spec) => fields.includes(spec.field));

/** The few fields asked when a record is created from inside another record's form. */
const QUICK_FORMS: Partial<Record<TableName, QuickForm>> = {
  people: {
    fields: pick('people', ['name', 'honorific', 'country']),
    name: 'name',
    title: 'forms.new.people',
    save: 'forms.add.people',
  },
  organisations: {
    fields: pick('organisations', ['name', 'acronym', 'kind', 'country']),
    name: 'name',
    title: 'forms.new.organisations',
    save: 'forms.add.organisations',
  },
  sources: {
    fields: [
      formField('sources', 'title'),
      formField('sources', 'date'),
      formField('sources', 'kind'),
      { field: 'text', editor: 'long', label: 'forms.sourceText' },
    ],
    name: 'title',
    title: 'forms.new.sources',
    save: 'forms.add.sources',
  },
};

export function canQuickCreate(table: TableName): boolean {
  return QUICK_FORMS[table] !== undefined;
}

/** A small form inside another, for a record met there for the first time. */
export function QuickCreate({
  table,
  text,
  onCreated,
  onCancel,
}: {
  table: TableName;
  /** What was typed in the picker: the new record's name. */
  text: string;
  onCreated: (link: LinkValue) => void;
  onCancel: () => void;
}) {
  const quick = QUICK_FORMS[table];
  const initial = useMemo(
    () => (quick ? initialValues(quick.fields, null, {}, { [quick.name]: text }) : {}),
    [quick, text],
  );
  if (!quick) return null;
  return (
    <RecordForm
      nested
      table={table}
      specs={quick.fields}
      record={null}
      initial={initial}
      title={t(quick.title)}
      saveLabel={t(quick.save)}
      onSaved={(row) => onCreated({ id: String(row.id), label: String(row[quick.name] ?? text) })}
      onCancel={onCancel}
    />
  );
}

/**
 * "Create “…”…" in a picker: the small form for the typed name, shown where the caller puts
 * `form`, and the new record handed to `onCreated` once saved.
 */
export function useQuickCreate(
  table: TableName,
  onCreated: (link: LinkValue) => void,
): { start: (text: string) => void; form: ReactNode } {
  const [creating, setCreating] = useState<string | null>(null);
  const form =
    creating === null ? null : (
      <QuickCreate
        table={table}
        text={creating}
        onCreated={(link) => {
          setCreating(null);
          onCreated(link);
        }}
        onCancel={() => setCreating(null)}
      />
    );
  return { start: setCreating, form };
}
