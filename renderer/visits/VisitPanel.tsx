import { useId } from 'react';
import type { Row } from '../../db/api.js';
import { cellText } from '../grid/cellText.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FieldList } from '../components/FieldList.js';
import { RecordDialog } from '../components/RecordDialog.js';
import { NewMeeting } from '../forms/NewMeeting.js';
import { usePanelRecord } from '../forms/usePanelRecord.js';
import { formatDateRange } from '../formatDate.js';
import { RecordTabs } from '../history/RecordTabs.js';
import { t } from '../messages.js';
import { RecordActions } from '../trash/RecordActions.js';
import { MeetingList } from './MeetingList.js';

const NO_ROWS: Row[] = [];

/**
 * One visit: its fields and its meetings, or its form while it is edited. The row from the
 * table fills the panel at once; the full record and its meetings follow from the archive.
 * Without a row it opens on the form of a new visit; once saved, it shows it.
 */
export function VisitPanel({ row, onClose }: { row: Row | null; onClose: () => void }) {
  const panel = usePanelRecord('visits', row, (visit) => String(visit.title ?? ''), onClose);
  const { id, detail } = panel;
  const visit = panel.record ?? {};
  const meetings = detail.value?.related.meetings ?? NO_ROWS;
  const topics = (detail.value?.related.topics ?? NO_ROWS).map((topic) => topic.name).join(', ');
  const where = [visit.city, cellText('country', visit.country)].filter(Boolean).join(', ');
  const when = formatDateRange(visit.start_date, visit.end_date);
  const meetingsHeading = useId();

  return (
    <RecordDialog
      title={panel.title}
      subtitle={[where, when].filter(Boolean).join(' · ')}
      busy={detail.loading}
      actions={panel.editButton}
      onClose={onClose}
    >
      {detail.error ? <ErrorAlert message={detail.error} /> : null}
      {panel.editor ?? (
        <RecordTabs
          table="visits"
          id={id}
          detail={detail.value ?? undefined}
          actions={
            id === null ? null : (
              <RecordActions
                table="visits"
                id={id}
                name={panel.title}
                {...(detail.value ? { meetings: meetings.length } : {})}
                onDeleted={onClose}
              />
            )
          }
        >
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
            {detail.value && id !== null ? <NewMeeting visit={detail.value.record} /> : null}
          </section>
        </RecordTabs>
      )}
    </RecordDialog>
  );
}
