import { textColumn } from '../grid/textColumn.js';
import { CITY, COUNT, COUNTRY, DATE, STATUS } from '../grid/contentWidths.js';
import type { RecordColumn } from '../grid/recordTableFeatures.js';

/** The Visits table's columns, in the order they are shown. */
export const visitColumns: RecordColumn[] = [
  textColumn('visits', 'title', { content: 14, grow: 3 }),
  textColumn('visits', 'traveller', { content: 9, grow: 1 }),
  textColumn('visits', 'city', { content: CITY }),
  textColumn('visits', 'country', { content: COUNTRY }),
  textColumn('visits', 'start_date', { content: DATE }),
  textColumn('visits', 'end_date', { content: DATE }),
  textColumn('visits', 'status', { content: STATUS }),
  textColumn('visits', 'meeting_count', { content: COUNT, align: 'end' }),
];
