import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../messages.js';
import { SEARCH_PAUSE_MS as PAUSE_MS } from './filterPause.js';

/**
 * Full-text search over one table. The archive is asked after SEARCH_PAUSE_MS since the last key, or at once on Enter;
 * Escape clears the field.
 */
export function SearchField({
  label,
  value,
  onSearch,
  onTyping,
}: {
  label: string;
  /** The search in force, when it may also be set elsewhere: the field then shows it. */
  value?: string;
  onSearch: (text: string) => void;
  /** Told at each change of the text, before the pause: a new search is on its way. */
  onTyping?: (pauseMs: number) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value !== undefined && value !== text.trim()) setText(value);
  }

  // The pause counts from the last key, not from the table's last render: an answer arriving
  // while a search is typed renders the table again, with a new `onSearch` when its owner made one.
  // With no pause, the key asks in its own event, before anything renders.
  const latest = useRef(onSearch);
  latest.current = onSearch;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const type = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    if (PAUSE_MS === 0) onSearch(next.trim());
    else timer.current = setTimeout(() => latest.current(next.trim()), PAUSE_MS);
  };

  return (
    <div className="search-field" role="search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          onTyping?.(PAUSE_MS);
          type(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            clearTimeout(timer.current);
            onSearch(text.trim());
          }
          if (event.key === 'Escape' && text) {
            event.preventDefault();
            type('');
          }
        }}
      />
    </div>
  );
}
