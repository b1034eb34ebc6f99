import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api.js';
import { useArchiveVersion } from '../archiveVersion.js';

export interface ArchiveAnswer<T> {
  /** The latest answer; while a new one is on its way the previous one stays, so nothing jumps. */
  value: T | undefined;
  loading: boolean;
  error: string | null;
  /** Asks the same question again, after an error. */
  retry: () => void;
}

/** The error is kept as thrown (its message's key and values) and worded when drawn. */
interface State<T> {
  value: T | undefined;
  loading: boolean;
  thrown: unknown;
}

/**
 * Asks the archive whenever `key` changes, and again after this window changed the archive, and
 * keeps the latest answer. Answers to questions that were replaced in the meantime are dropped,
 * so a slow page never overwrites a newer one.
 */
export function useArchive<T>(ask: () => Promise<T>, key: string): ArchiveAnswer<T> {
  const [attempt, setAttempt] = useState(0);
  const version = useArchiveVersion();
  const [state, setState] = useState<State<T>>({ value: undefined, loading: true, thrown: null });

  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true, thrown: null }));
    ask().then(
      (value) => {
        if (current) setState({ value, loading: false, thrown: null });
      },
      (error: unknown) => {
        if (current) setState((s) => ({ ...s, loading: false, thrown: error ?? new Error() }));
      },
    );
    return () => {
      current = false;
    };
    // `key` names the question; `ask` is a new closure on every render.
  }, [key, attempt, version]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const { value, loading, thrown } = state;
  // Worded on each draw, in the language the window speaks now.
  return { value, loading, error: thrown === null ? null : errorMessage(thrown), retry };
}
