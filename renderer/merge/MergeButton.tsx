import { useState } from 'react';
import { t } from '../messages.js';
import { undoChange } from '../changes/changeCommands.js';
import { currentNotice, noticeText } from '../changes/notices.js';
import { MergeDialog } from './MergeDialog.js';

/**
 * "Merge with…" in a person's or an organisation's panel. The panel stays open on the kept
 * record, so what the merge did, and its Undo, are said here rather than under the panel.
 */
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
  const [said, setSaid] = useState<{ text: string; undo: boolean } | null>(null);
  const undo = async () => {
    await undoChange();
    const notice = currentNotice();
    setSaid({ text: notice ? noticeText(notice) : '', undo: false });
  };
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('merge.button')}
      </button>
      {said ? (
        <p className="merge-done" role="status">
          {said.text}
          {said.undo ? (
            <button type="button" onClick={() => void undo()}>
              {t('notice.undo')}
            </button>
          ) : null}
        </p>
      ) : null}
      {open ? (
        <MergeDialog
          table={table}
          keepId={id}
          keptName={name}
          onClose={() => setOpen(false)}
          onMerged={(text) => {
            setOpen(false);
            setSaid({ text, undo: true });
          }}
        />
      ) : null}
    </>
  );
}
