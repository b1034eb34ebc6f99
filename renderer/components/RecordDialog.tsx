import { useEffect, useId, useRef, type ReactNode } from 'react';
import { t } from '../messages.js';

export interface RecordDialogProps {
  /** The dialog's heading and accessible name. */
  title: string;
  /** A line under the title, such as the record's place and dates. */
  subtitle?: string;
  busy?: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A read-only record shown beside the table. A modal <dialog> gives Escape, a focus trap and
 * the return of focus to the row that opened it, without code of ours that could get them wrong.
 */
export function RecordDialog({ title, subtitle, busy, onClose, children }: RecordDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    // No close on cleanup: a close event would reach onClose, and the dialog leaves the top
    // layer anyway when React removes it.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      className="record-dialog"
      aria-labelledby={titleId}
      aria-busy={busy}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === ref.current) ref.current.close();
      }}
    >
      <div className="record-dialog-frame">
        <header className="record-dialog-header">
          <div>
            <h2 id={titleId}>{title}</h2>
            {subtitle ? <p className="record-dialog-subtitle">{subtitle}</p> : null}
          </div>
          <button type="button" className="close-button" onClick={() => ref.current?.close()}>
            {t('panel.close')}
          </button>
        </header>
        <div className="record-dialog-body">{children}</div>
      </div>
    </dialog>
  );
}
