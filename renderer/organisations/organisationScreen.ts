import type { RecordScreen } from '../app/RecordScreen.js';
import { textColumn } from '../grid/textColumn.js';
import { COUNTRY } from '../grid/contentWidths.js';
import { formatDate, formatDateRange } from '../formatDate.js';

export const organisationScreen: RecordScreen = {
  table: 'organisations',
  label: 'organisations.title',
  columns: [
    textColumn('organisations', 'name', { content: 14, grow: 3 }),
    textColumn('organisations', 'acronym', { content: 6 }),
    textColumn('organisations', 'kind', { content: 10 }),
    textColumn('organisations', 'country', { content: COUNTRY }),
    textColumn('organisations', 'parent', { content: 12, grow: 2 }),
  ],
  title: (row) => String(row.name ?? ''),
  fields: [
    { field: 'acronym', kind: 'text' },
    { field: 'kind', kind: 'text' },
    { field: 'country', kind: 'country' },
    { field: 'parent', kind: 'text' },
  ],
  related: [
    {
      key: 'people',
      label: 'organisations.people',
      line: (p) =>
        [p.name, p.title, formatDateRange(p.start_date, p.end_date)].filter(Boolean).join(' · '),
    },
    {
      key: 'meetings',
      label: 'organisations.meetings',
      line: (m) => [formatDate(m.date), m.visit, m.people].filter(Boolean).join(' · '),
    },
    {
      key: 'departments',
      label: 'organisations.departments',
      line: (d) => String(d.name ?? ''),
    },
  ],
};
