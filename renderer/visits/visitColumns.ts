import { textColumn } from '../components/textColumn.js';
import type { RecordColumn } from '../components/recordTableFeatures.js';

/** The Visits table's columns, in the order they are shown. */
export const visitColumns: RecordColumn[] = [
  textColumn('title', 'text', { width: '27%' }),
  textColumn('traveller', 'text', { width: '16%' }),
  textColumn('city', 'text', { width: '11%' }),
  textColumn('country', 'country', { width: '11%' }),
  textColumn('start_date', 'date', { width: '8.5rem' }),
  textColumn('end_date', 'date', { width: '8.5rem' }),
  textColumn('status', 'status', { width: '7.5rem' }),
  textColumn('meeting_count', 'number', { width: '7.5rem', align: 'end' }),
];
