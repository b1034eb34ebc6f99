import type { RecordScreen } from '../components/RecordScreen.js';
import { textColumn } from '../components/textColumn.js';
import { formatDateRange } from '../formatDate.js';

export const personScreen: RecordScreen = {
  table: 'people',
  label: 'people.title',
  columns: [
    textColumn('name', 'text', {}),
    textColumn('honorific', 'text', { width: '12%' }),
    textColumn('country', 'country', { width: '14%' }),
    textColumn('aliases', 'list', { width: '40%' }),
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
      key: 'positions',
      label: 'people.positions',
      line: (p) =>
        [p.title, p.organisation, formatDateRange(p.start_date, p.end_date)]
          .filter(Boolean)
          .join(' · '),
    },
  ],
};
