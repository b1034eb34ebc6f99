import type { ReactNode } from 'react';
import { t } from '../messages.js';
import { confirmDiscard } from '../unsavedChanges.js';
import { useShownModal } from './useShownModal.js';

export interface RecordDialogProps {
  /** The dialog's heading and accessible name. */
  title: string;
  /** A line under the title, such as the record's place and dates. */
  subtitle?: string;
  busy?: boolean;
  /** Buttons beside Close that act on the record (Edit, Delete…, History). */
  actions?: ReactNode;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A record shown beside the table. A modal <dialog> gives a focus trap and the return of focus
 * to the row that opened it, without code of ours that could get them wrong. Every way of
 * closing it (Escape, Close, the backdrop) first asks before unsaved edits are lost.
 */
export function RecordDialog({
  title,
  subtitle,
  busy,
  actions,
  onClose,
  children,
}: RecordDialogProps) {
  const { ref, titleId, dialogProps } = useShownModal();
  const requestClose = () => {
    if (confirmDiscard()) ref.current?.close();
  };

  return (
    <dialog
      {...dialogProps}
      className="record-dialog"
      aria-busy={busy}
      onClose={onClose}
      // Escape is handled as a key press, where it can be held back: a browser may close a
      // dialog despite a cancelled `cancel` event when Escape is pressed twice.
      onCancel={(event) => event.preventDefault()}
      onKeyDownCapture={(event) => {
        // Escape in an open list of suggestions closes the list, not the dialog.
        const target = event.target as HTMLElement;
        if (event.key === 'Escape' && target.getAttribute('aria-expanded') === 'true') {
          event.preventDefault();
        }
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        requestClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === ref.current) requestClose();
      }}
    >
      <div className="record-dialog-frame">
        <header className="record-dialog-header">
          <div>
            <h2 id={titleId}>{title}</h2>
            {subtitle ? <p className="record-dialog-subtitle">{subtitle}</p> : null}
          </div>
          <div className="record-dialog-actions">
            {actions}
            <button type="button" className="close-button" onClick={requestClose}>
              {t('panel.close')}
            </button>
          </div>
        </header>
        <div className="record-dialog-body">{children}</div>
      </div>
    </dialog>
  );
}
