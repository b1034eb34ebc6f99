import { useState } from 'react';
import type { Row } from '../../db/api.js';
import { NewRecordButton } from '../forms/NewRecordButton.js';
import { t } from '../messages.js';
import { RecordPanel } from './RecordPanel.js';
import { RecordTable } from '../grid/RecordTable.js';
import type { RecordScreen } from './RecordScreen.js';

/** A section: the table of one archive table, and the record opened from it or being created. */
export function RecordSection({ screen }: { screen: RecordScreen }) {
  // The row opened, 'new' while a new record is entered, or null.
  const [open, setOpen] = useState<Row | 'new' | null>(null);
  return (
    <>
      <NewRecordButton table={screen.table} onClick={() => setOpen('new')} />
      <RecordTable
        table={screen.table}
        label={t(screen.label)}
        columns={screen.columns}
        onOpen={setOpen}
      />
      {open ? (
        <RecordPanel
          key={open === 'new' ? 'new' : String(open.id)}
          screen={screen}
          row={open === 'new' ? null : open}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
