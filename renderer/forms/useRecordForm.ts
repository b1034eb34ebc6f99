import { useCallback, useMemo, useRef, useState } from 'react';
import type { ProblemDetail, Row, SaveInput, TableName } from '../../db/api.js';
import { ArchiveApiError, archive, errorMessage, inLanguage } from '../api.js';
import type { FormField } from './formFields.js';
import { changedValues, saveValues, type FormValue, type FormValues } from './formValues.js';
import { fieldOwner, problemsByField } from './problemField.js';

export interface RecordFormOptions {
  table: TableName;
  specs: readonly FormField[];
  /** The record edited, or null for a new one. */
  record: Row | null;
  initial: FormValues;
  /** Values a new record is saved with that the form does not show (a new meeting's visit). */
  fixed?: Record<string, unknown>;
  onSaved: (record: Row) => void;
}

export interface RecordFormState {
  values: FormValues;
  setValue: (field: string, value: FormValue) => void;
  /** A field was left: the archive is asked what it thinks of the form so far. */
  leave: (field: string) => void;
  dirty: boolean;
  /** Problems to show, by form field ('' for those about no field). */
  problems: Map<string, string[]>;
  /** Every problem shown, in the archive's order, for the summary at the top. */
  shownProblems: ProblemDetail[];
  /** A refusal that is not about fields: a conflict, an archive that did not answer. */
  error: { message: string; conflict: boolean } | null;
  saving: boolean;
  save: () => Promise<boolean>;
  reset: () => void;
}

/**
 * The state of one record's form. The archive is the only judge of what can be saved: a field
 * left asks `validateRecord` (the same checks as a save, writing nothing), and a refused save
 * shows the same problems. Edits of a record changed elsewhere meanwhile are refused by the
 * archive (`expectedVersion`), and the form says so.
 */
export function useRecordForm({
  table,
  specs,
  record,
  initial,
  fixed,
  onSaved,
}: RecordFormOptions): RecordFormState {
  const [values, setValues] = useState(initial);
  const latest = useRef(values);
  latest.current = values;
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<RecordFormState['error']>(null);
  const [saving, setSaving] = useState(false);
  const asked = useRef(0);
  const fields = useMemo(() => specs.map((s) => s.field), [specs]);
  const id = record ? String(record.id) : undefined;

  const input = useCallback(
    (now: FormValues): SaveInput =>
      id === undefined
        ? { table, values: { ...fixed, ...saveValues(specs, now) } }
        : { table, id, values: changedValues(specs, initial, now) },
    [table, id, fixed, specs, initial],
  );

  const leave = useCallback(
    (field: string) => {
      setTouched((old) => (old.has(field) ? old : new Set([...old, field])));
      const question = ++asked.current;
      // After the change that came with leaving the field (a pick, a country) is rendered.
      setTimeout(() => {
        if (question !== asked.current) return;
        archive.validateRecord(input(latest.current)).then(
          (answer) => {
            if (question === asked.current) setProblems(answer.problems.map(inLanguage));
          },
          () => {
            // Without an answer the form says nothing now: the save checks everything again.
          },
        );
      }, 0);
    },
    [input],
  );

  const save = useCallback(async () => {
    const request = input(latest.current);
    setSubmitted(true);
    setError(null);
    if (id !== undefined && Object.keys(request.values).length === 0 && record) {
      onSaved(record);
      return true;
    }
    setSaving(true);
    asked.current += 1;
    try {
      const version = record?.version;
      const { record: saved } = await archive.saveRecord(
        typeof version === 'number' ? { ...request, expectedVersion: version } : request,
      );
      setProblems([]);
      onSaved(saved);
      return true;
    } catch (thrown) {
      if (thrown instanceof ArchiveApiError && thrown.code === 'validation_failed') {
        setProblems(thrown.details);
        setError(null);
      } else {
        const conflict = thrown instanceof ArchiveApiError && thrown.code === 'conflict';
        setError({ message: errorMessage(thrown), conflict });
      }
      return false;
    } finally {
      setSaving(false);
    }
  }, [input, id, record, onSaved]);

  const shownProblems = useMemo(
    () =>
      submitted
        ? problems
        : problems.filter((p) => {
            const field = problemsByField([p], fields).keys().next().value ?? '';
            return field !== '' && touched.has(fieldOwner(field));
          }),
    [problems, submitted, touched, fields],
  );

  const setValue = useCallback((field: string, value: FormValue) => {
    setValues((old) => ({ ...old, [field]: value }));
  }, []);

  const reset = useCallback(() => {
    setValues(initial);
    setProblems([]);
    setTouched(new Set());
    setSubmitted(false);
    setError(null);
  }, [initial]);

  const dirty = useMemo(
    () => JSON.stringify(saveValues(specs, values)) !== JSON.stringify(saveValues(specs, initial)),
    [specs, values, initial],
  );

  return {
    values,
    setValue,
    leave,
    dirty,
    problems: problemsByField(shownProblems, fields),
    shownProblems,
    error,
    saving,
    save,
    reset,
  };
}
