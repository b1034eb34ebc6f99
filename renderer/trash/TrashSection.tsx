import { useId, useState } from 'react';
import type { ArchiveStats, EmptyTrashResult } from '../../db/api.js';
import { archive } from '../api.js';
import { t, type MessageKey } from '../messages.js';
import { useArchive } from '../app/useArchive.js';
import { EmptyTrashButton } from './EmptyTrashButton.js';
import { TrashList } from './TrashList.js';
import { TRASH_TABLES, type TrashTable } from './trashColumns.js';
import '../styles/trash.css';

function emptiedText({ deleted, kept, backup }: EmptyTrashResult): string {
  const done = t('trash.emptied', { count: deleted, backup: backup.name });
  return kept > 0 ? `${done} ${t('trash.kept', { count: kept })}` : done;
}

/** The records moved to the trash, table by table: restore them, or empty the trash for good. */
export function TrashSection() {
  const headingId = useId();
  const [table, setTable] = useState<TrashTable>('visits');
  const [emptied, setEmptied] = useState<string | null>(null);
  const stats = useArchive<ArchiveStats>(() => archive.stats({}), 'trash-stats');
  const inTrash = stats.value?.inTrash ?? null;

  return (
    <section className="trash" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('trash.heading')}</h2>
      <p>{t('trash.intro')}</p>
      <div className="trash-toolbar">
        <label>
          {t('trash.table')}
          <select value={table} onChange={(e) => setTable(e.target.value as TrashTable)}>
            {TRASH_TABLES.map((name) => (
              <option key={name} value={name}>
                {t(`nav.${name}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">
          {inTrash === null ? '' : t('trash.total', { count: inTrash })}
        </span>
        <EmptyTrashButton
          inTrash={inTrash}
          onEmptied={(result) => setEmptied(emptiedText(result))}
        />
      </div>
      <p role="status">{emptied ?? ''}</p>
      <TrashList key={table} table={table} />
    </section>
  );
}
