import type { RecordScreen } from '../app/RecordScreen.js';
import { textColumn } from '../grid/textColumn.js';
import { formatDate, formatDateRange } from '../formatDate.js';
import { t } from '../messages.js';

export const personScreen: RecordScreen = {
  table: 'people',
  label: 'people.title',
  columns: [
    textColumn('name', 'text', {}),
    textColumn('honorific', 'text', { width: '9%' }),
    textColumn('position', 'text', { width: '28%' }),
    textColumn('country', 'country', { width: '11%' }),
    textColumn('meeting_count', 'number', { width: '8.5rem', align: 'end' }),
    textColumn('aliases', 'list', { width: '18%' }),
  ],
  title: (row) => String(row.name ?? ''),
  fields: [
    { field: 'honorific', kind: 'text' },
    { field: 'country', kind: 'country' },
    { field: 'aliases', kind: 'list', long: true },
    { field: 'notes', kind: 'text', long: true },
  ],
  related: [
    {
      key: 'meetings',
      label: 'people.meetings',
      line: (m) =>
        [
          formatDate(m.date),
          m.visit,
          m.title ? t('people.meetingAs', { title: String(m.title) }) : '',
        ]
          .filter(Boolean)
          .join(' · '),
    },
    {
      key: 'positions',
      label: 'people.positions',
      line: (p) =>
        [p.title, p.organisation, formatDateRange(p.start_date, p.end_date)]
          .filter(Boolean)
          .join(' · '),
    },
  ],
};
