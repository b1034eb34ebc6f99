import { useId, useState } from 'react';
import type { ArchiveStats } from '../../db/api.js';
import { archive, errorMessage } from '../api.js';
import { t } from '../messages.js';
import { ErrorAlert } from '../components/ErrorAlert.js';

export const DEMO_VISITS = 300;

/**
 * First start with an empty archive: offer invented records to explore, or an empty start.
 * Loading the demo takes a few seconds, so the choice stays visibly busy until it is done.
 */
export function WelcomePanel({
  onLoaded,
  onStartEmpty,
}: {
  onLoaded: (stats: ArchiveStats) => void;
  onStartEmpty: () => void;
}) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const loadDemo = async () => {
    setBusy(true);
    setError(null);
    try {
      onLoaded(await archive.loadDemo({ visits: DEMO_VISITS }));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <section className="welcome" aria-labelledby={titleId} aria-busy={busy}>
      <h2 id={titleId}>{t('welcome.title')}</h2>
      <p>{t('welcome.body')}</p>
      {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
      <div className="welcome-choices">
        <div className="welcome-choice">
          <button type="button" className="primary" disabled={busy} onClick={loadDemo}>
            {t('welcome.demo')}
          </button>
          <p className="muted">{t('welcome.demoHint', { count: DEMO_VISITS })}</p>
        </div>
        <div className="welcome-choice">
          <button type="button" disabled={busy} onClick={onStartEmpty}>
            {t('welcome.empty')}
          </button>
          <p className="muted">{t('welcome.emptyHint')}</p>
        </div>
      </div>
      {busy ? (
        <div className="welcome-progress" role="status">
          <progress aria-label={t('welcome.demoBusy')} />
          <span>{t('welcome.demoBusy')}</span>
        </div>
      ) : null}
    </section>
  );
}
