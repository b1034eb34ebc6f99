import type { RecordScreen } from '../app/RecordScreen.js';
import { textColumn } from '../grid/textColumn.js';
import { COUNT, COUNTRY } from '../grid/contentWidths.js';
import { formatDate, formatDateRange } from '../formatDate.js';
import { t } from '../messages.js';

export const personScreen: RecordScreen = {
  table: 'people',
  label: 'people.title',
  columns: [
    textColumn('people', 'name', { content: 14, grow: 1 }),
    textColumn('people', 'honorific', { content: 7 }),
    textColumn('people', 'position', { content: 12, grow: 2 }),
    textColumn('people', 'country', { content: COUNTRY }),
    textColumn('people', 'meeting_count', { content: COUNT, align: 'end' }),
    textColumn('people', 'aliases', { content: 10, grow: 1 }),
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
