import { useState } from 'react';
import type { EmptyTrashResult } from '../../db/api.js';
import { archive, errorMessage } from '../api.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { t } from '../messages.js';
import { ModalDialog } from '../components/ModalDialog.js';
import { DialogActions } from '../components/DialogActions.js';

export interface EmptyTrashButtonProps {
  /** Records in the trash of every table, or null while counting. */
  inTrash: number | null;
  onEmptied: (result: EmptyTrashResult) => void;
}

/** "Empty trash…": asks once, saying how many records go for good and that a backup comes first. */
export function EmptyTrashButton({ inTrash, onEmptied }: EmptyTrashButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const empty = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await archive.emptyTrash({});
      setAsking(false);
      onEmptied(result);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="trash-empty-button"
        disabled={!inTrash}
        onClick={() => setAsking(true)}
      >
        {t('trash.emptyButton')}
      </button>
      {asking ? (
        <ModalDialog title={t('trash.emptyTitle')} busy={busy} onClose={() => setAsking(false)}>
          <div className="dialog-body">
            <p>{t('trash.emptyBody', { count: inTrash ?? 0 })}</p>
            <p>{t('trash.emptyBackup')}</p>
            {error ? <ErrorAlert message={error} /> : null}
            {busy ? <p role="status">{t('trash.emptying')}</p> : null}
            <DialogActions
              cancelLabel={t('delete.cancel')}
              onCancel={() => setAsking(false)}
              confirmLabel={t('trash.emptyConfirm')}
              onConfirm={() => void empty()}
              confirmClass="danger-button"
              busy={busy}
            />
          </div>
        </ModalDialog>
      ) : null}
    </>
  );
}
