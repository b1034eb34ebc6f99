import type { FocusEventHandler } from 'react';
import { formatDate } from '../formatDate.js';
import { t } from '../messages.js';
import { readDateInput } from './dateInput.js';

/**
 * A partial date typed as the archive stores it, with a hint, and the date shown back as the
 * app writes it ("Sep 2023") so that a typing slip is seen before it is saved.
 */
export function DateEditor({
  id,
  value,
  onChange,
  onBlur,
  invalid,
  describedBy,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: FocusEventHandler;
  invalid: boolean;
  describedBy: string | undefined;
}) {
  const read = readDateInput(value);
  const hintId = `${id}-hint`;
  const shown = read.complete && read.value ? formatDate(read.value) : '';
  // Once the archive has said what is wrong, its sentence replaces the typing hint.
  const hint = invalid
    ? null
    : !read.complete
      ? t('forms.dateNotYet')
      : shown
        ? t('forms.dateShown', { date: shown })
        : t('forms.dateHint');
  return (
    <div className="date-editor">
      <input
        id={id}
        value={value}
        placeholder={t('forms.datePlaceholder')}
        aria-invalid={invalid || undefined}
        aria-describedby={
          [describedBy, hint ? hintId : null].filter(Boolean).join(' ') || undefined
        }
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {hint ? (
        <span id={hintId} className={read.complete ? 'field-hint' : 'field-hint field-hint-warn'}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
