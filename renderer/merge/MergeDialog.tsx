import { useState } from 'react';
import type { Row } from '../../db/api.js';
import { archive, errorMessage } from '../api.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { RecordPicker } from '../records/RecordPicker.js';
import { t, type MessageKey } from '../messages.js';
import { ModalDialog } from '../components/ModalDialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { recordTitle } from '../records/recordTitle.js';
import { countMergeLinks } from './countMergeLinks.js';
import { mergeSummary, type MergeLinks } from './mergeSummary.js';

export interface MergeDialogProps {
  table: 'people' | 'organisations';
  /** The record of the panel: the one kept. */
  keepId: string;
  keptName: string;
  onClose: () => void;
  /** The merge is done: what it did, in a sentence. */
  onMerged: (message: string) => void;
}

interface Picked {
  id: string;
  name: string;
  links: MergeLinks | null;
}

/**
 * Picks the record that is the same person or organisation spelled another way, says what the
 * merge will move, and merges it into the panel's record as one action (one undo takes it back).
 */
export function MergeDialog({ table, keepId, keptName, onClose, onMerged }: MergeDialogProps) {
  const [picked, setPicked] = useState<Picked | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pick = (row: Row) => {
    const id = String(row.id);
    setError(null);
    if (id === keepId) {
      setPicked(null);
      setError(t('merge.same'));
      return;
    }
    const chosen = { id, name: recordTitle(table, row), links: null };
    setPicked(chosen);
    countMergeLinks(table, id).then(
      (links) => setPicked((p) => (p?.id === id ? { ...p, links } : p)),
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  const merge = async () => {
    if (!picked) return;
    setBusy(true);
    setError(null);
    try {
      const { moved } = await archive.mergeRecords({ table, keepId, mergeId: picked.id });
      onMerged(t('merge.done', { other: picked.name, kept: keptName, count: moved }));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={t('merge.title', { name: keptName })} busy={busy} onClose={onClose}>
      <div className="dialog-body">
        <p>{t('merge.intro', { name: keptName, noun: t(`change.noun.${table}` as MessageKey) })}</p>
        <RecordPicker
          table={table}
          label={t(`merge.pick.${table}` as MessageKey)}
          exclude={[keepId]}
          value={picked?.name}
          onPick={pick}
          autoFocus
        />
        {picked ? (
          <p className="merge-summary" role="status">
            {picked.links ? mergeSummary(picked.name, keptName, picked.links) : t('merge.counting')}
          </p>
        ) : null}
        {error ? <ErrorAlert message={error} /> : null}
        <DialogActions
          cancelLabel={t('merge.cancel')}
          onCancel={onClose}
          confirmLabel={busy ? t('merge.working') : t('merge.confirm')}
          onConfirm={() => void merge()}
          confirmClass="primary"
          busy={busy}
          notReady={!picked?.links}
        />
      </div>
    </ModalDialog>
  );
}
