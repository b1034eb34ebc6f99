import { t } from '../messages.js';

/** A problem the user should read now, announced by screen readers as it appears. */
export function ErrorAlert({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  return (
    <div className="error-alert" role="alert">
      <p>{message}</p>
      {onDismiss ? (
        <button type="button" onClick={onDismiss}>
          {t('errors.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
