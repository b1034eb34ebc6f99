import { useEffect, useRef } from 'react';

/**
 * Calls `apply(value)` once `value` has stayed the same for `ms`, not on every key press; the
 * first value (what the field opened with) is not applied again.
 */
export function useDebounced<T>(value: T, ms: number, apply: (value: T) => void): void {
  const applyRef = useRef(apply);
  applyRef.current = apply;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => applyRef.current(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
}
