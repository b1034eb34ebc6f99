import { useState } from 'react';
import type { TableName } from '../../db/api.js';
import { archive, errorMessage } from '../api.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { t } from '../messages.js';
import { ModalDialog } from '../components/ModalDialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { showNotice } from '../changes/notices.js';

const MEETING_CHOICES = ['trash', 'keep'] as const;

export interface DeleteDialogProps {
  table: TableName;
  id: string;
  name: string;
  /** A visit's live meetings, whose fate the user chooses. */
  meetings: number;
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * Asks before moving a record to the trash, and for a visit with meetings, what becomes of
 * them. A refusal from the archive (meetings that cannot stand alone) is shown here, and nothing
 * is moved.
 */
export function DeleteDialog({ table, id, name, meetings, onClose, onDeleted }: DeleteDialogProps) {
  const [choice, setChoice] = useState<'trash' | 'keep'>('trash');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const asksAboutMeetings = table === 'visits' && meetings > 0;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await archive.deleteRecords({
        table,
        ids: [id],
        ...(table === 'visits' ? { meetings: asksAboutMeetings ? choice : 'trash' } : {}),
      });
      onDeleted();
      showNotice({ key: 'delete.done' }, { undo: true });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={t('delete.title', { name })} busy={busy} onClose={onClose}>
      <div className="dialog-body">
        {asksAboutMeetings ? (
          <fieldset className="delete-meetings">
            <legend>{t('delete.meetingsQuestion', { count: meetings })}</legend>
            {MEETING_CHOICES.map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name="meetings"
                  checked={choice === option}
                  onChange={() => setChoice(option)}
                />
                {option === 'trash'
                  ? t('delete.meetingsTrash', { count: meetings })
                  : t('delete.meetingsKeep')}
              </label>
            ))}
          </fieldset>
        ) : null}
        <p>{t('delete.body')}</p>
        {error ? <ErrorAlert message={error} /> : null}
        <DialogActions
          cancelLabel={t('delete.cancel')}
          onCancel={onClose}
          confirmLabel={busy ? t('delete.working') : t('delete.confirm')}
          onConfirm={() => void confirm()}
          confirmClass="danger-button"
          busy={busy}
          autoFocus
        />
      </div>
    </ModalDialog>
  );
}
