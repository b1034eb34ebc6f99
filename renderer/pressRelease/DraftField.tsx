import { useId } from 'react';
import { CountryEditor } from '../forms/CountryEditor.js';
import { DateEditor } from '../forms/DateEditor.js';
import { readDateInput } from '../forms/dateInput.js';
import { t } from '../messages.js';
import { isUnsure, pathKey, valueAt, type DraftPath } from './draftEdit.js';
import type { DraftEditing } from './DraftEditing.js';

/**
 * One editable field of the draft. A guessed field is marked, in words as well as colour, until
 * it is edited; a value the archive would refuse has its sentence beside it.
 */
export function DraftField({
  editing,
  path,
  label,
  kind = 'text',
  required = false,
}: {
  editing: DraftEditing;
  path: DraftPath;
  label: string;
  kind?: 'text' | 'long' | 'date' | 'country';
  /** A required text stays a string when emptied; the others become null. */
  required?: boolean;
}) {
  const id = useId();
  const { draft, problems, set } = editing;
  const raw = valueAt(draft, path);
  const value = typeof raw === 'string' ? raw : '';
  const unsure = isUnsure(draft, path) || isUnsure(draft, path.slice(0, 2));
  const problem = problems.get(pathKey(path));
  const notes = [unsure ? `${id}-unsure` : null, problem ? `${id}-problem` : null];
  const describedBy = notes.filter(Boolean).join(' ') || undefined;
  const text = (typed: string) => set(path, required || typed !== '' ? typed : null);
  return (
    <div className={unsure ? 'draft-field draft-unsure' : 'draft-field'} data-path={pathKey(path)}>
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      {kind === 'date' ? (
        <DateEditor
          id={id}
          value={value}
          invalid={!!problem}
          describedBy={describedBy}
          onChange={text}
          onBlur={() => {
            const read = readDateInput(value);
            if (read.complete && read.value !== raw) set(path, read.value);
          }}
        />
      ) : kind === 'country' ? (
        <CountryEditor
          id={id}
          labelId={`${id}-label`}
          value={value}
          invalid={!!problem}
          describedBy={describedBy}
          onChange={(code) => (code !== value ? text(code) : undefined)}
          onLeave={() => undefined}
        />
      ) : kind === 'long' ? (
        <textarea
          id={id}
          rows={2}
          value={value}
          aria-invalid={!!problem || undefined}
          aria-describedby={describedBy}
          onChange={(e) => text(e.target.value)}
        />
      ) : (
        <input
          id={id}
          value={value}
          aria-invalid={!!problem || undefined}
          aria-describedby={describedBy}
          onChange={(e) => text(e.target.value)}
        />
      )}
      {unsure ? (
        <span id={`${id}-unsure`} className="draft-unsure-note">
          {t('pressRelease.unsure')}
        </span>
      ) : null}
      {problem ? (
        <span id={`${id}-problem`} className="draft-problem">
          {t(problem)}
        </span>
      ) : null}
    </div>
  );
}
