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
  const latest = useRef(onSearch);
  latest.current = onSearch;
  useEffect(() => {
    const timer = setTimeout(() => latest.current(text.trim()), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

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
          setText(event.target.value);
          onTyping?.(PAUSE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onSearch(text.trim());
          if (event.key === 'Escape' && text) {
            event.preventDefault();
            setText('');
          }
        }}
      />
    </div>
  );
}
