import { textColumn } from '../grid/textColumn.js';
import type { RecordColumn } from '../grid/recordTableFeatures.js';

/** The Visits table's columns, in the order they are shown. */
export const visitColumns: RecordColumn[] = [
  textColumn('visits', 'title', {}),
  textColumn('visits', 'traveller', { width: '15%' }),
  textColumn('visits', 'city', { width: '11%' }),
  textColumn('visits', 'country', { width: '12%' }),
  textColumn('visits', 'start_date', { width: '10rem' }),
  textColumn('visits', 'end_date', { width: '10rem' }),
  textColumn('visits', 'status', { width: '9rem' }),
  textColumn('visits', 'meeting_count', { width: '8rem', align: 'end' }),
];
