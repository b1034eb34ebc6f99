import { useId, useState } from 'react';
import type { Filter } from '../../db/api.js';
import { t } from '../messages.js';
import { dateRangeProblem, filterToRange, rangeToFilter, type DateRange } from './dateRange.js';
import { FILTER_PAUSE_MS } from './filterPause.js';
import { useDebounced } from '../components/useDebounced.js';

/**
 * A period of partial dates, From and To, either end open: `2021` to `2023-09` keeps every
 * record whose dates meet that period. A date that is not one says so beside its field and
 * changes nothing.
 */
export function DateRangeFilter({
  field,
  filter,
  onChange,
}: {
  field: string;
  filter: Filter | undefined;
  onChange: (filter: Filter | null) => void;
}) {
  const id = useId();
  const [range, setRange] = useState<DateRange>(
    () => (filter && filterToRange(filter)) ?? { from: '', to: '' },
  );
  const [checked, setChecked] = useState(range);
  // A valid range is asked as typed (a date is an index's quick question); a problem is said
  // only once typing pauses, not at the first digit of a year.
  useDebounced(range, 0, (typed) => {
    if (!dateRangeProblem(typed)) onChange(rangeToFilter(field, typed));
  });
  useDebounced(range, FILTER_PAUSE_MS, setChecked);
  const problem = dateRangeProblem(checked);
  const input = (end: 'from' | 'to') => {
    const wrong = problem?.input === end;
    return (
      <div className="filter-field">
        <label htmlFor={`${id}-${end}`}>{t(end === 'from' ? 'filter.from' : 'filter.to')}</label>
        <input
          id={`${id}-${end}`}
          type="text"
          inputMode="numeric"
          placeholder={t('filter.datePlaceholder')}
          value={range[end]}
          autoComplete="off"
          aria-invalid={wrong || undefined}
          aria-describedby={wrong ? `${id}-problem` : `${id}-hint`}
          onChange={(event) => setRange({ ...range, [end]: event.target.value })}
        />
      </div>
    );
  };
  return (
    <div className="filter-range">
      <div className="filter-range-ends">
        {input('from')}
        {input('to')}
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="filter-problem" role="alert">
          {t(problem.message === 'badDate' ? 'filter.badDate' : 'filter.reversed')}
        </p>
      ) : (
        <p id={`${id}-hint`} className="filter-hint">
          {t('filter.dateHint')}
        </p>
      )}
    </div>
  );
}
