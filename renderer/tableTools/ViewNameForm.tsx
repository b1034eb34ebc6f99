import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api.js';
import { t } from '../messages.js';

/**
 * A name for a view (a new one, or a new name for one) with Save and Cancel; what the archive
 * refuses (a name already used) is said under the field, and the field keeps what was typed.
 */
export function ViewNameForm({
  label,
  initial = '',
  onSave,
  onCancel,
}: {
  label: string;
  initial?: string;
  onSave: (name: string) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setProblem(t('views.nameMissing'));
      return;
    }
    setBusy(true);
    try {
      await onSave(trimmed);
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };
  return (
    <form className="view-name-form" onSubmit={(event) => void submit(event)}>
      <div className="filter-field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="text"
          value={name}
          maxLength={200}
          autoComplete="off"
          autoFocus
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              // Escape leaves the form, not the whole menu.
              event.stopPropagation();
              onCancel();
            }
          }}
        />
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="filter-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="popover-actions">
        <button type="button" onClick={onCancel}>
          {t('views.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('views.save')}
        </button>
      </div>
    </form>
  );
}
