import { useId } from 'react';
import type { RecordDetail, Row } from '../../db/api.js';
import { archive } from '../api.js';
import { cellText } from '../components/cellText.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FieldList } from '../components/FieldList.js';
import { RecordDialog } from '../components/RecordDialog.js';
import { formatDateRange } from '../formatDate.js';
import { t } from '../messages.js';
import { useArchive } from '../useArchive.js';
import { MeetingList } from './MeetingList.js';

const NO_ROWS: Row[] = [];

/**
 * One visit, read-only: its fields and its meetings. The row from the table fills the panel at
 * once; the full record and its meetings follow from the archive.
 */
export function VisitPanel({ row, onClose }: { row: Row; onClose: () => void }) {
  const id = String(row.id);
  const detail = useArchive<RecordDetail>(() => archive.getRecord({ table: 'visits', id }), id);
  const visit = detail.value?.record ?? row;
  const meetings = detail.value?.related.meetings ?? NO_ROWS;
  const topics = (detail.value?.related.topics ?? NO_ROWS).map((topic) => topic.name).join(', ');
  const where = [visit.city, cellText('country', visit.country)].filter(Boolean).join(', ');
  const when = formatDateRange(visit.start_date, visit.end_date);
  const meetingsHeading = useId();

  return (
    <RecordDialog
      title={String(visit.title ?? '')}
      subtitle={[where, when].filter(Boolean).join(' · ')}
      busy={detail.loading}
      onClose={onClose}
    >
      {detail.error ? <ErrorAlert message={detail.error} /> : null}
      <section aria-label={t('panel.details')}>
        <FieldList
          items={[
            { label: t('field.traveller'), value: visit.traveller },
            { label: t('field.status'), value: cellText('status', visit.status) },
            { label: t('field.purpose'), value: visit.purpose, long: true },
            { label: t('panel.topics'), value: topics, long: true },
            { label: t('field.summary'), value: visit.summary, long: true },
          ]}
        />
      </section>
      <section className="panel-section" aria-labelledby={meetingsHeading}>
        <h3 id={meetingsHeading}>
          {t('panel.meetings')}
          {detail.value ? <span className="count-badge">{meetings.length}</span> : null}
        </h3>
        {detail.value ? (
          <MeetingList meetings={meetings} />
        ) : detail.loading ? (
          <p className="muted">{t('panel.loading')}</p>
        ) : null}
      </section>
    </RecordDialog>
  );
}
