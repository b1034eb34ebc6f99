import { useId, useState } from 'react';
import type { Filter } from '../../db/api.js';
import { t } from '../messages.js';
import { FILTER_APPLY_MS, FILTER_PAUSE_MS } from './filterPause.js';
import { useDebounced } from '../components/useDebounced.js';
import type { PendingFilter } from './pendingFilter.js';

function startText(filter: Filter | undefined): string {
  if (!filter || (filter.op !== 'contains' && filter.op !== 'equals')) return '';
  return typeof filter.value === 'string' || typeof filter.value === 'number'
    ? String(filter.value)
    : '';
}

/**
 * The words a text column must contain, or be exactly (a number a number column must equal),
 * applied once typing pauses. A number that is not one says so and changes nothing.
 */
export function TextFilter({
  field,
  op,
  numeric = false,
  filter,
  onChange,
  pending,
  onTyping,
}: {
  field: string;
  op: 'contains' | 'equals';
  numeric?: boolean;
  filter: Filter | undefined;
  onChange: (filter: Filter | null) => void;
  pending: PendingFilter;
  /** Told of each key: what is typed may be replaced for FILTER_PAUSE_MS. */
  onTyping?: (pauseMs: number) => void;
}) {
  const id = useId();
  const [text, setText] = useState(() => startText(filter));
  const [wrong, setWrong] = useState(false);
  const apply = (value: string) => {
    pending.current = null;
    const trimmed = value.trim();
    const number = Number(trimmed);
    const bad = numeric && trimmed !== '' && !Number.isFinite(number);
    setWrong(bad);
    if (bad) return;
    if (trimmed === '') onChange(null);
    else onChange({ field, op, value: numeric ? number : trimmed });
  };
  useDebounced(text, FILTER_APPLY_MS, apply);
  return (
    <div className="filter-field">
      <label htmlFor={id}>{t(numeric ? 'filter.number' : 'filter.text')}</label>
      <input
        id={id}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={wrong || undefined}
        aria-describedby={wrong ? `${id}-problem` : undefined}
        onChange={(event) => {
          const typed = event.target.value;
          setText(typed);
          pending.current = () => apply(typed);
          onTyping?.(FILTER_PAUSE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply(text);
        }}
      />
      {wrong ? (
        <p id={`${id}-problem`} className="filter-problem" role="alert">
          {t('filter.badNumber')}
        </p>
      ) : null}
    </div>
  );
}
