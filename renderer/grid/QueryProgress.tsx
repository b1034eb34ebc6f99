import { useEffect, useState } from 'react';
import { t } from '../messages.js';

/** An answer quicker than this shows no progress at all, so that quick searches do not flicker. */
export const SHOW_PROGRESS_AFTER_MS = 300;
const TICK_MS = 100;

/**
 * A slow search, said as it goes: an indeterminate bar, the seconds waited, and a way to stop
 * waiting. Nothing shows for the first SHOW_PROGRESS_AFTER_MS.
 */
export function QueryProgress({
  since,
  onCancel,
}: {
  /** When the unanswered question was asked (performance.now()), or null when none is. */
  since: number | null;
  onCancel: () => void;
}) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(performance.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [since]);
  if (since === null) return null;
  const waited = Math.max(0, now - since);
  if (waited < SHOW_PROGRESS_AFTER_MS) return null;
  const seconds = (waited / 1000).toFixed(1);
  return (
    <div className="query-progress">
      <progress aria-label={t('grid.searching', { seconds })} />
      <span aria-hidden="true">{t('grid.searching', { seconds })}</span>
      <button type="button" onClick={onCancel}>
        {t('grid.cancel')}
      </button>
    </div>
  );
}
