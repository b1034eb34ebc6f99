import { describe, expect, test } from 'vitest';
import { formatDateTime } from '../history/formatDateTime.js';
import {
  historyFieldLabel,
  historyValue,
  isShownField,
  knownNames,
} from '../history/historyValue.js';

describe('historyValue', () => {
  const names = knownNames({
    table: 'meetings',
    record: { id: 'm1', visit_id: 'v1', visit: 'Visit to Baku' },
    related: {
      participants: [
        {
          id: 'mp1',
          person_id: 'p1',
          person: 'Aleksandr Pankin',
          organisation_id: 'o1',
          organisation: 'MFA',
        },
      ],
      topics: [{ id: 't1', name: 'Connectivity' }],
    },
  });

  test('names linked records the panel knows, and shows the id of the others', () => {
    expect(historyValue('visit_id', 'v1', names)).toBe('Visit to Baku');
    expect(historyValue('visit_id', 'v9', names)).toBe('v9');
    expect(historyValue('topic_ids', ['t1', 't2'], names)).toBe('Connectivity, t2');
    expect(
      historyValue(
        'participants',
        [{ person_id: 'p1', organisation_id: 'o1', title: 'Deputy Minister', side: 'counterpart' }],
        names,
      ),
    ).toBe('Aleksandr Pankin (Deputy Minister, MFA)');
  });

  test('shows dates, countries and statuses as the panels do, and nothing as a dash', () => {
    expect(historyValue('start_date', '2021-02-22', names)).toBe('22 Feb 2021');
    expect(historyValue('country', 'AZ', names)).toBe('Azerbaijan');
    expect(historyValue('status', 'completed', names)).toBe('Completed');
    expect(historyValue('aliases', ['A. Pankin', 'Alexander Pankin'], names)).toBe(
      'A. Pankin, Alexander Pankin',
    );
    expect(historyValue('summary', null, names)).toBe('—');
    expect(historyValue('aliases', [], names)).toBe('—');
  });

  test('labels a link by what it links to, and leaves the bookkeeping fields out', () => {
    expect(historyFieldLabel('traveller_id')).toBe('Traveller');
    expect(historyFieldLabel('start_date')).toBe('Start date');
    expect(historyFieldLabel('topic_ids')).toBe('Topics');
    expect(isShownField('updated_at')).toBe(false);
    expect(isShownField('title')).toBe(true);
  });
});

describe('formatDateTime', () => {
  test('shows a moment as the app writes days, with the local time', () => {
    const at = new Date(2021, 1, 22, 14, 5).toISOString();
    expect(formatDateTime(at)).toBe('22 Feb 2021 14:05');
    expect(formatDateTime('not a time')).toBe('not a time');
  });
});
