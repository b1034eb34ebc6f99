import type { ReactNode } from 'react';
import { useShownModal } from './useShownModal.js';
import '../styles/trash.css';

export interface ModalDialogProps {
  /** The heading and the dialog's accessible name. */
  title: string;
  busy?: boolean;
  /** Escape, the backdrop or a Cancel button: the caller unmounts the dialog. */
  onClose: () => void;
  children: ReactNode;
}

/**
 * A small question over the window or over a record panel. A modal <dialog> traps focus, closes
 * on Escape and gives focus back to the button that opened it.
 */
export function ModalDialog({ title, busy, onClose, children }: ModalDialogProps) {
  const { titleId, dialogProps } = useShownModal();
  return (
    <dialog
      {...dialogProps}
      className="small-dialog"
      aria-busy={busy}
      // React passes close and cancel on to the dialogs around this one (a record panel), which
      // would close too: they stop here.
      onClose={(event) => {
        event.stopPropagation();
        onClose();
      }}
      onCancel={(event) => {
        event.stopPropagation();
        // Escape while the archive is working would leave its answer with nowhere to go.
        if (busy) event.preventDefault();
      }}
      onSubmit={(event) => event.stopPropagation()}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
