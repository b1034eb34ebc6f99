import { useId, useState } from 'react';
import type { Filter } from '../../db/api.js';
import { t } from '../messages.js';
import { dateRangeProblem, filterToRange, rangeToFilter, type DateRange } from './dateRange.js';
import { DATE_PAUSE_MS } from './filterPause.js';
import type { PendingFilter } from './pendingFilter.js';
import { useDebounced } from '../components/useDebounced.js';

/**
 * A period of partial dates, From and To, either end open: `2021` to `2023-09` keeps every
 * record whose dates meet that period. A range whose dates are whole and valid (`2014`,
 * `2014-03`, `2014-03-12`) is applied with the key that completes it. Anything else waits for
 * typing to pause (or the panel to close), then is applied all at once with what the field says
 * about it: a date that is not one says so and filters nothing, so a half-typed date never stands
 * as a filter. A date not typed whole yet (`202`, `2023-0`) is neither: the field says what is
 * missing and the filter stays as it was, so a pause inside a year does not ask the archive for
 * every record.
 */
export function DateRangeFilter({
  field,
  filter,
  onChange,
  pending,
  onTyping,
}: {
  field: string;
  filter: Filter | undefined;
  onChange: (filter: Filter | null) => void;
  pending: PendingFilter;
  /** Told of each key: what is typed may be replaced for DATE_PAUSE_MS. */
  onTyping?: (pauseMs: number) => void;
}) {
  const id = useId();
  const [range, setRange] = useState<DateRange>(
    () => (filter && filterToRange(filter)) ?? { from: '', to: '' },
  );
  const [checked, setChecked] = useState(range);
  const apply = (typed: DateRange) => {
    pending.current = null;
    setChecked(typed);
    if (dateRangeProblem(typed)?.message === 'incomplete') return;
    const next = rangeToFilter(field, typed);
    if (JSON.stringify(next) !== JSON.stringify(filter ?? null)) onChange(next);
  };
  useDebounced(range, DATE_PAUSE_MS, apply);
  const type = (typed: DateRange) => {
    setRange(typed);
    pending.current = () => apply(typed);
    onTyping?.(DATE_PAUSE_MS);
    // A whole, valid range needs no pause; what it says after the pause is the same.
    if (dateRangeProblem(typed) === null) apply(typed);
  };
  const found = dateRangeProblem(checked);
  const incomplete = found?.message === 'incomplete';
  const problem = incomplete ? null : found;
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
          onChange={(event) => type({ ...range, [end]: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Enter') apply(range);
          }}
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
        <p id={`${id}-hint`} className="filter-hint" aria-live="polite">
          {t(incomplete ? 'filter.dateIncomplete' : 'filter.dateHint')}
        </p>
      )}
    </div>
  );
}
