import type { RecordScreen } from '../app/RecordScreen.js';
import { textColumn } from '../grid/textColumn.js';
import { CITY, COUNTRY, DATE, STATUS } from '../grid/contentWidths.js';

export const eventScreen: RecordScreen = {
  table: 'events',
  label: 'events.title',
  columns: [
    textColumn('events', 'title', { content: 14, grow: 3 }),
    textColumn('events', 'start_date', { content: DATE }),
    textColumn('events', 'end_date', { content: DATE }),
    textColumn('events', 'city', { content: CITY }),
    textColumn('events', 'country', { content: COUNTRY }),
    textColumn('events', 'organiser', { content: 10, grow: 1 }),
    textColumn('events', 'status', { content: STATUS }),
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
