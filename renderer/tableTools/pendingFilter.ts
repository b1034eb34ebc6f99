/**
 * What a filter's editor has taken in but not applied yet (typing waits for a pause): its panel
 * applies it on closing, so Done or Escape pressed right after typing keeps what was typed, and
 * "Clear this filter" drops it.
 */
export interface PendingFilter {
  current: (() => void) | null;
}

/** Applies what is waiting, once. */
export function flushPending(pending: PendingFilter): void {
  const apply = pending.current;
  pending.current = null;
  apply?.();
}
