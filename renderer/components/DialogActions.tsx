export interface DialogActionsProps {
  cancelLabel: string;
  onCancel: () => void;
  /** The button's words, already saying when the archive is at work. */
  confirmLabel: string;
  onConfirm: () => void;
  /** `danger-button` for what cannot be taken back without undo, `primary` otherwise. */
  confirmClass: 'danger-button' | 'primary';
  /** While the archive works, neither button answers: its answer needs the dialog. */
  busy: boolean;
  /** The confirming button waits for more than the archive, such as a choice not yet made. */
  notReady?: boolean;
  autoFocus?: boolean;
}

/** Cancel and the button that acts, at the foot of a small question. */
export function DialogActions({
  cancelLabel,
  onCancel,
  confirmLabel,
  onConfirm,
  confirmClass,
  busy,
  notReady = false,
  autoFocus,
}: DialogActionsProps) {
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel} disabled={busy}>
        {cancelLabel}
      </button>
      <button
        type="button"
        className={confirmClass}
        disabled={notReady || busy}
        autoFocus={autoFocus}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
    </div>
  );
}
