import type { ReadOnlyState } from '../../db/api.js';
import { sentenceOf, t } from '../messages.js';
import '../styles/readOnly.css';

/** Says, for as long as the window is open, that nothing can be changed, why, and what to do. */
export function ReadOnlyBanner({ state }: { state: ReadOnlyState }) {
  return (
    <div className="read-only-banner" role="status" aria-label={t('archiveFiles.readOnlyTitle')}>
      <strong>{t('archiveFiles.readOnlyTitle')}</strong> {t('archiveFiles.readOnly')}{' '}
      {sentenceOf({ ...state, message: state.reason })}
    </div>
  );
}
