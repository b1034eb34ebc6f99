import { useMemo } from 'react';
import type { Row } from '../../db/api.js';
import { formFields, type FormTable } from './formFields.js';
import { initialValues, type FormValues } from './formValues.js';
import { RecordForm } from './RecordForm.js';

export interface RecordEditorProps {
  table: FormTable;
  /** The record to edit and the sets that belong to it (getRecord's `related`); none for a new one. */
  record: Row | null;
  related?: Record<string, Row[]>;
  /** Fields a new record starts with (a meeting's place, taken from its visit). */
  preset?: FormValues;
  /** Values saved with a new record and not shown (a new meeting's visit, a position's person). */
  fixed?: Record<string, unknown>;
  title: string;
  /** Shows the title above the form (a form inside a panel about another record). */
  heading?: boolean;
  onSaved: (record: Row) => void;
  onCancel: () => void;
  onReload?: () => void;
}

const NONE: Record<string, Row[]> = {};

/**
 * The form of one kind of record, filled from the record as the archive last gave it. A newer
 * version of the record (after Reload) opens a fresh form.
 */
export function RecordEditor({
  table,
  record,
  related = NONE,
  preset,
  fixed,
  title,
  heading,
  onSaved,
  onCancel,
  onReload,
}: RecordEditorProps) {
  const specs = useMemo(() => formFields(table, Object.keys(fixed ?? {})), [table, fixed]);
  const version = record ? `${String(record.id)}@${String(record.version)}` : 'new';
  const initial = useMemo(
    () => initialValues(specs, record, related, preset),
    // The form starts from one version of the record; a refetch of the same one changes nothing.
    [specs, version],
  );
  return (
    <RecordForm
      key={version}
      table={table}
      specs={specs}
      record={record}
      initial={initial}
      title={title}
      heading={heading}
      onSaved={onSaved}
      onCancel={onCancel}
      {...(fixed ? { fixed } : {})}
      {...(onReload ? { onReload } : {})}
    />
  );
}
