import { useState } from 'react';
import type { TableName } from '../../db/api.js';
import { t } from '../messages.js';
import { DeleteDialog } from './DeleteDialog.js';

export interface DeleteRecordButtonProps {
  table: TableName;
  id: string;
  /** The record's name, as its panel is headed. */
  name: string;
  /** A visit's meetings, once known: the button waits for them, since the question does. */
  meetings?: number;
  /** The record has gone to the trash: its panel closes. */
  onDeleted: () => void;
}

/** "Delete…" in a record panel: asks, then moves the record to the trash. */
export function DeleteRecordButton({
  table,
  id,
  name,
  meetings,
  onDeleted,
}: DeleteRecordButtonProps) {
  const [asking, setAsking] = useState(false);
  const waiting = table === 'visits' && meetings === undefined;
  return (
    <>
      <button type="button" onClick={() => setAsking(true)} disabled={waiting}>
        {t('delete.button')}
      </button>
      {asking ? (
        <DeleteDialog
          table={table}
          id={id}
          name={name}
          meetings={meetings ?? 0}
          onClose={() => setAsking(false)}
          onDeleted={onDeleted}
        />
      ) : null}
    </>
  );
}
