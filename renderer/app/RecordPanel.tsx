import { useId } from 'react';
import type { Row } from '../../db/api.js';
import { PositionsSection } from '../forms/PositionsSection.js';
import { RecordTabs } from '../history/RecordTabs.js';
import { usePanelRecord } from '../forms/usePanelRecord.js';
import { t } from '../messages.js';
import { RecordActions } from '../trash/RecordActions.js';
import { cellText } from '../grid/cellText.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FieldList } from '../components/FieldList.js';
import { RecordDialog } from '../components/RecordDialog.js';
import type { RecordScreen, RelatedList } from './RecordScreen.js';
import { fieldLabel } from '../grid/textColumn.js';

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

/**
 * One record of a section: its fields and the records that belong to it, or its form while it
 * is edited. Without a row it opens on the form of a new record; once saved, it shows it.
 */
export function RecordPanel({
  screen,
  row,
  onClose,
}: {
  screen: RecordScreen;
  row: Row | null;
  onClose: () => void;
}) {
  const { table } = screen;
  const panel = usePanelRecord(table, row, screen.title, onClose);
  const { id, detail, record } = panel;
  const related = detail.value?.related ?? {};

  return (
    <RecordDialog
      title={panel.title}
      busy={detail.loading}
      actions={panel.editButton}
      onClose={onClose}
    >
      {detail.error ? <ErrorAlert message={detail.error} /> : null}
      {panel.editor ?? (
        <RecordTabs
          table={table}
          id={id}
          detail={detail.value ?? undefined}
          actions={
            id === null ? null : (
              <RecordActions table={table} id={id} name={panel.title} onDeleted={onClose} />
            )
          }
        >
          <FieldList
            items={screen.fields.map(({ field, kind, long }) => ({
              label: fieldLabel(field),
              value: record ? cellText(kind, record[field]) : '',
              long,
            }))}
          />
          {detail.value
            ? (screen.related ?? []).map((list) =>
                table === 'people' && list.key === 'positions' && id !== null ? (
                  <PositionsSection
                    key={list.key}
                    personId={id}
                    positions={related.positions ?? []}
                  />
                ) : (
                  <RelatedSection key={list.key} list={list} rows={related[list.key] ?? []} />
                ),
              )
            : null}
        </RecordTabs>
      )}
    </RecordDialog>
  );
}
