import { useState } from 'react';
import type { Row } from '../../db/api.js';
import { RecordTable } from '../grid/RecordTable.js';
import { NewRecordButton } from '../forms/NewRecordButton.js';
import { t } from '../messages.js';
import { VisitPanel } from './VisitPanel.js';
import { visitColumns } from './visitColumns.js';
import { useVisitsSearch } from './visitsQuery.js';

/** The Visits screen: the table, and the visit opened from it or being created. */
export function VisitsSection() {
  // The row opened, 'new' while a new visit is entered, or null.
  const [open, setOpen] = useState<Row | 'new' | null>(null);
  const [search, setSearch] = useVisitsSearch();
  return (
    <>
      <NewRecordButton table="visits" onClick={() => setOpen('new')} />
      <RecordTable
        table="visits"
        label={t('visits.title')}
        columns={visitColumns}
        onOpen={setOpen}
        search={search}
        onSearchChange={setSearch}
      />
      {open ? (
        <VisitPanel
          key={open === 'new' ? 'new' : String(open.id)}
          row={open === 'new' ? null : open}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
