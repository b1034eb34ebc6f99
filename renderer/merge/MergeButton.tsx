import { useState } from 'react';
import { t } from '../messages.js';
import { MergeDialog } from './MergeDialog.js';

/** "Merge with…" in a person's or an organisation's panel. */
export function MergeButton({
  table,
  id,
  name,
}: {
  table: 'people' | 'organisations';
  id: string;
  name: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('merge.button')}
      </button>
      {open ? (
        <MergeDialog table={table} keepId={id} keptName={name} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
