import { useId } from 'react';
import { t } from '../messages.js';

/** One editable field of the draft; a guessed field is marked, in words as well as colour. */
export function DraftField({
  label,
  value,
  unsure = false,
  onChange,
}: {
  label: string;
  value: string | null;
  unsure?: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className={unsure ? 'draft-field draft-unsure' : 'draft-field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value ?? ''}
        aria-describedby={unsure ? `${id}-unsure` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {unsure ? (
        <span id={`${id}-unsure`} className="draft-unsure-note">
          {t('pressRelease.unsure')}
        </span>
      ) : null}
    </div>
  );
}
