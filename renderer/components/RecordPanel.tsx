import { useId } from 'react';
import type { RecordDetail, Row } from '../../db/api.js';
import { archive } from '../api.js';
import { t } from '../messages.js';
import { useArchive } from '../useArchive.js';
import { cellText } from './cellText.js';
import { ErrorAlert } from './ErrorAlert.js';
import { FieldList } from './FieldList.js';
import { RecordDialog } from './RecordDialog.js';
import type { RecordScreen, RelatedList } from './RecordScreen.js';
import { fieldLabel } from './textColumn.js';

function RelatedSection({ list, rows }: { list: RelatedList; rows: Row[] }) {
  const headingId = useId();
  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(list.label)}
        <span className="count-badge">{rows.length}</span>
      </h3>
      {rows.length === 0 ? (
        <p className="muted">{t('panel.noneRelated')}</p>
      ) : (
        <ul className="related-list" aria-label={t(list.label)}>
          {rows.map((row, index) => (
            <li key={String(row.id ?? index)}>{list.line(row)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One record of a read-only section: its fields and the records that belong to it. */
export function RecordPanel({
  screen,
  row,
  onClose,
}: {
  screen: RecordScreen;
  row: Row;
  onClose: () => void;
}) {
  const id = String(row.id);
  const detail = useArchive<RecordDetail>(
    () => archive.getRecord({ table: screen.table, id }),
    `${screen.table}/${id}`,
  );
  const record = detail.value?.record ?? row;
  return (
    <RecordDialog title={screen.title(record)} busy={detail.loading} onClose={onClose}>
      {detail.error ? <ErrorAlert message={detail.error} /> : null}
      <FieldList
        items={screen.fields.map(({ field, kind, long }) => ({
          label: fieldLabel(field),
          value: cellText(kind, record[field]),
          long,
        }))}
      />
      {detail.value
        ? (screen.related ?? []).map((list) => (
            <RelatedSection
              key={list.key}
              list={list}
              rows={detail.value?.related[list.key] ?? []}
            />
          ))
        : null}
    </RecordDialog>
  );
}
