import type { Row } from '../../db/api.js';
import { cellText } from '../grid/cellText.js';
import type { RecordScreen } from '../app/RecordScreen.js';
import { textColumn } from '../grid/textColumn.js';
import { CITY, COUNTRY, DATE } from '../grid/contentWidths.js';
import { formatDate } from '../formatDate.js';
import { t } from '../messages.js';

/** A meeting has no title of its own: it is named by when and where it took place. */
function meetingTitle(row: Row): string {
  const place = [row.city, cellText('country', row.country)].filter(Boolean).join(', ');
  return t('meetings.recordTitle', { date: formatDate(row.date) || '?', place: place || '?' });
}

export const meetingScreen: RecordScreen = {
  table: 'meetings',
  label: 'meetings.title',
  columns: [
    textColumn('meetings', 'date', { content: DATE }),
    textColumn('meetings', 'visit', { content: 14, grow: 2 }),
    textColumn('meetings', 'city', { content: CITY }),
    textColumn('meetings', 'country', { content: COUNTRY }),
    textColumn('meetings', 'counterparts', { content: 12, grow: 2 }),
    textColumn('meetings', 'topics', { content: 10, grow: 1 }),
  ],
  title: meetingTitle,
  fields: [
    { field: 'visit', kind: 'text', long: true },
    { field: 'venue', kind: 'text' },
    { field: 'format', kind: 'text' },
    { field: 'atmosphere', kind: 'text' },
    { field: 'summary', kind: 'text', long: true },
    { field: 'outcomes', kind: 'text', long: true },
  ],
  related: [
    { key: 'participants', label: 'panel.participants', line: (p) => String(p.name ?? '') },
  ],
};
