import type { RecordScreen } from '../app/RecordScreen.js';
import { textColumn } from '../grid/textColumn.js';
import { formatDate, formatDateRange } from '../formatDate.js';
import { t } from '../messages.js';

export const personScreen: RecordScreen = {
  table: 'people',
  label: 'people.title',
  columns: [
    textColumn('people', 'name', {}),
    textColumn('people', 'honorific', { width: '12.5%' }),
    textColumn('people', 'position', { width: '28%' }),
    textColumn('people', 'country', { width: '11%' }),
    textColumn('people', 'meeting_count', { width: '8.5rem', align: 'end' }),
    textColumn('people', 'aliases', { width: '18%' }),
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
