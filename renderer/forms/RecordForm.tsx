import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { Row, TableName } from '../../db/api.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { t } from '../messages.js';
import { useUnsavedForm } from '../unsavedChanges.js';
import { FieldEditor } from './FieldEditor.js';
import type { FormField } from './formFields.js';
import type { FormValues } from './formValues.js';
import { ProblemSummary } from './ProblemSummary.js';
import { useRecordForm } from './useRecordForm.js';
import './forms.css';

export interface RecordFormProps {
  table: TableName;
  specs: readonly FormField[];
  /** The record edited, or null for a new one. */
  record: Row | null;
  initial: FormValues;
  /** Values a new record is saved with that the form does not show. */
  fixed?: Record<string, unknown>;
  /** The form's accessible name. */
  title: string;
  /** A form inside another one's (a new person inside a meeting): a group, not a second form. */
  nested?: boolean;
  /** The save button's words, when "Save" alone would be unclear. */
  saveLabel?: string;
  /** Shows the title above the fields: for a form inside a panel about another record. */
  heading?: boolean;
  onSaved: (record: Row) => void;
  onCancel: () => void;
  /** Offered when the record was changed elsewhere: open it again as it is now. */
  onReload?: () => void;
}

/** Creates or edits one record; the archive's problems are shown beside their fields. */
export function RecordForm(props: RecordFormProps) {
  const { table, specs, title, nested = false, saveLabel, heading, onCancel, onReload } = props;
  const form = useRecordForm(props);
  const formId = useId();
  const summary = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLDivElement>(null);
  useUnsavedForm(form.dirty, onCancel);

  useEffect(() => {
    first.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  const save = async () => {
    const saved = await form.save();
    // A refused save leads the reader to the list of what to fix.
    if (!saved) requestAnimationFrame(() => summary.current?.focus());
  };
  const cancel = () => {
    if (!form.dirty || window.confirm(t('forms.discardConfirm'))) onCancel();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Enter in a nested form saves it, not the form around it.
    if (!nested || event.key !== 'Enter' || event.defaultPrevented) return;
    if (!(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    event.stopPropagation();
    void save();
  };

  const body = (
    <>
      {heading ? <h4 className="record-form-heading">{title}</h4> : null}
      <ProblemSummary
        ref={summary}
        formId={formId}
        problems={form.shownProblems}
        fields={specs.map((s) => s.field)}
      />
      {form.error ? (
        <div className="form-error">
          <ErrorAlert message={form.error.message} />
          {form.error.conflict && onReload ? (
            <button type="button" onClick={onReload}>
              {t('forms.reload')}
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="form-grid" ref={first}>
        {specs.map((spec) => (
          <FieldEditor
            key={spec.field}
            spec={spec}
            formId={formId}
            value={form.values[spec.field]}
            onChange={(value) => form.setValue(spec.field, value)}
            onLeave={() => form.leave(spec.field)}
            problems={form.problems}
            date={typeof form.values.date === 'string' ? form.values.date : ''}
          />
        ))}
      </div>
      <div className="form-actions">
        <button
          type={nested ? 'button' : 'submit'}
          className="primary"
          disabled={form.saving}
          onClick={nested ? () => void save() : undefined}
        >
          {saveLabel ?? t('forms.save')}
        </button>
        <button type="button" onClick={cancel}>
          {t('forms.cancel')}
        </button>
      </div>
    </>
  );

  if (nested) {
    return (
      <fieldset className="record-form record-form-nested" onKeyDown={onKeyDown}>
        <legend>{title}</legend>
        {body}
      </fieldset>
    );
  }
  return (
    <form
      className="record-form"
      aria-label={title}
      noValidate
      aria-busy={form.saving}
      data-table={table}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {body}
    </form>
  );
}
