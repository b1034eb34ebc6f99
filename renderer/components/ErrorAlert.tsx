import { t } from '../messages.js';

/** A problem the user should read now, announced by screen readers as it appears. */
export function ErrorAlert({
  message,
  onDismiss,
  actionLabel = t('errors.dismiss'),
}: {
  message: string;
  onDismiss?: () => void;
  /** What the button does: dismiss by default, or "Try again" where that is what it does. */
  actionLabel?: string;
}) {
  return (
    <div className="error-alert" role="alert">
      <p>{message}</p>
      {onDismiss ? (
        <button type="button" onClick={onDismiss}>
          {actionLabel}
        </button>
      ) : null}
    </div>
  );
}
