import type { RecordScreen } from '../app/RecordScreen.js';
import { textColumn } from '../grid/textColumn.js';

export const eventScreen: RecordScreen = {
  table: 'events',
  label: 'events.title',
  columns: [
    textColumn('title', 'text', {}),
    textColumn('start_date', 'date', { width: '7.5rem' }),
    textColumn('end_date', 'date', { width: '7.5rem' }),
    textColumn('city', 'text', { width: '11%' }),
    textColumn('country', 'country', { width: '12%' }),
    textColumn('organiser', 'text', { width: '18%' }),
    textColumn('status', 'status', { width: '7rem' }),
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
