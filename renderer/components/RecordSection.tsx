import { useState } from 'react';
import type { Row } from '../../db/api.js';
import { t } from '../messages.js';
import { RecordPanel } from './RecordPanel.js';
import { RecordTable } from './RecordTable.js';
import type { RecordScreen } from './RecordScreen.js';

/** A read-only section: the table of one archive table, and the record opened from it. */
export function RecordSection({ screen }: { screen: RecordScreen }) {
  const [open, setOpen] = useState<Row | null>(null);
  return (
    <>
      <RecordTable
        table={screen.table}
        label={t(screen.label)}
        columns={screen.columns}
        onOpen={setOpen}
      />
      {open ? (
        <RecordPanel
          key={String(open.id)}
          screen={screen}
          row={open}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
