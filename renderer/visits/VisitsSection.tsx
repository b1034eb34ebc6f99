import { useState } from 'react';
import type { Row } from '../../db/api.js';
import { RecordTable } from '../components/RecordTable.js';
import { t } from '../messages.js';
import { VisitPanel } from './VisitPanel.js';
import { visitColumns } from './visitColumns.js';
import { useVisitsSearch } from './visitsQuery.js';

/** The Visits screen: the table, and the visit opened from it. */
export function VisitsSection() {
  const [open, setOpen] = useState<Row | null>(null);
  const [search, setSearch] = useVisitsSearch();
  return (
    <>
      <RecordTable
        table="visits"
        label={t('visits.title')}
        columns={visitColumns}
        onOpen={setOpen}
        search={search}
        onSearchChange={setSearch}
      />
      {open ? <VisitPanel key={String(open.id)} row={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
