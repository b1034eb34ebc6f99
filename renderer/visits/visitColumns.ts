import { textColumn } from '../grid/textColumn.js';
import type { RecordColumn } from '../grid/recordTableFeatures.js';

/** The Visits table's columns, in the order they are shown. */
export const visitColumns: RecordColumn[] = [
  textColumn('title', 'text', {}),
  textColumn('traveller', 'text', { width: '15%' }),
  textColumn('city', 'text', { width: '11%' }),
  textColumn('country', 'country', { width: '12%' }),
  textColumn('start_date', 'date', { width: '7.5rem' }),
  textColumn('end_date', 'date', { width: '7.5rem' }),
  textColumn('status', 'status', { width: '7rem' }),
  textColumn('meeting_count', 'number', { width: '7rem', align: 'end' }),
];
