import type { Row } from '../../db/api.js';
import { cellText } from '../grid/cellText.js';
import { FieldList } from '../components/FieldList.js';
import { formatDate } from '../formatDate.js';
import { t } from '../messages.js';

function place(row: Row): string {
  return [row.city, cellText('country', row.country)].filter(Boolean).join(', ');
}

/** A visit's meetings in date order: when, where, with whom, and what came of them. */
export function MeetingList({ meetings }: { meetings: Row[] }) {
  if (meetings.length === 0) return <p className="muted">{t('panel.noMeetings')}</p>;
  return (
    <ol className="meeting-list" aria-label={t('panel.meetings')}>
      {meetings.map((meeting) => {
        const heading = [formatDate(meeting.date), place(meeting)].filter(Boolean).join(' · ');
        return (
          <li key={String(meeting.id)} className="meeting">
            <h4>{heading}</h4>
            <FieldList
              items={[
                { label: t('field.venue'), value: meeting.venue },
                { label: t('field.format'), value: meeting.format },
                { label: t('panel.participants'), value: meeting.participants, long: true },
                { label: t('field.summary'), value: meeting.summary, long: true },
                { label: t('field.outcomes'), value: meeting.outcomes, long: true },
              ]}
            />
          </li>
        );
      })}
    </ol>
  );
}
