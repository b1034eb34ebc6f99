import type { RecordScreen } from '../app/RecordScreen.js';
import { textColumn } from '../grid/textColumn.js';

export const eventScreen: RecordScreen = {
  table: 'events',
  label: 'events.title',
  columns: [
    textColumn('events', 'title', {}),
    textColumn('events', 'start_date', { width: '10rem' }),
    textColumn('events', 'end_date', { width: '10rem' }),
    textColumn('events', 'city', { width: '11%' }),
    textColumn('events', 'country', { width: '12%' }),
    textColumn('events', 'organiser', { width: '18%' }),
    textColumn('events', 'status', { width: '9rem' }),
  ],
  title: (row) => String(row.title ?? ''),
  fields: [
    { field: 'start_date', kind: 'date' },
    { field: 'end_date', kind: 'date' },
    { field: 'city', kind: 'text' },
    { field: 'country', kind: 'country' },
    { field: 'organiser', kind: 'text' },
    { field: 'status', kind: 'status' },
    { field: 'summary', kind: 'text', long: true },
  ],
};
