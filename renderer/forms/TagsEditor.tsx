import { useState, type KeyboardEvent } from 'react';
import { archive, errorMessage } from '../api.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { RecordPicker } from '../records/RecordPicker.js';
import { recordName } from '../records/recordNames.js';
import { t } from '../messages.js';
import { DescribedInput } from './DescribedInput.js';
import type { LinkValue } from './formValues.js';
import { useQuickCreate } from './QuickCreate.js';

/**
 * Records attached as tags (topics, sources): picked by name, removed with their button or with
 * Backspace in the empty field. A new topic is created from its name; a new source asks for its
 * title, date, kind and text first.
 */
export function TagsEditor({
  id,
  table,
  label,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  id: string;
  table: 'topics' | 'sources';
  label: string;
  value: LinkValue[];
  onChange: (value: LinkValue[]) => void;
  invalid: boolean;
  describedBy: string | undefined;
}) {
  const [error, setError] = useState<string | null>(null);
  const add = (link: LinkValue) => {
    if (!value.some((tag) => tag.id === link.id)) onChange([...value, link]);
  };
  const quick = useQuickCreate(table, add);
  const create = (text: string) => {
    if (table === 'sources') {
      quick.start(text);
      return;
    }
    setError(null);
    archive.saveRecord({ table, values: { name: text } }).then(
      ({ record }) => add({ id: String(record.id), label: String(record.name ?? text) }),
      (thrown: unknown) => setError(errorMessage(thrown)),
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const input = event.target;
    if (event.key !== 'Backspace' || !(input instanceof HTMLInputElement)) return;
    if (input.value === '' && value.length > 0) onChange(value.slice(0, -1));
  };
  return (
    <div className="tags-editor" onKeyDown={onKeyDown}>
      <DescribedInput id={id} invalid={invalid} describedBy={describedBy}>
        <RecordPicker
          table={table}
          label={label}
          multiple
          exclude={value.map((tag) => tag.id)}
          onPick={(row) => add({ id: String(row.id), label: recordName(table, row) })}
          onCreate={create}
          placeholder={t('forms.tagPlaceholder')}
        />
      </DescribedInput>
      {value.length > 0 ? (
        <ul className="tags" aria-label={label}>
          {value.map((tag) => (
            <li key={tag.id} className="tag">
              <span>{tag.label}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={t('forms.removeTag', { name: tag.label })}
                onClick={() => onChange(value.filter((other) => other.id !== tag.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
      {quick.form}
    </div>
  );
}
