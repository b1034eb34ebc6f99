import { useId } from 'react';
import { FilterChips } from '../tableTools/FilterChips.js';
import { SearchField } from '../tableTools/SearchField.js';
import { useLinkedNames } from '../tableTools/useLinkedNames.js';
import { t } from '../messages.js';
import { setVisitsSearch, setVisitsWhere, type VisitsQuery } from '../visits/visitsQuery.js';
import { FILTER_REGIONS, regionOfFilters, withRegion } from './regionFilter.js';
import type { Region } from './regions.js';

/**
 * The timeline's own filter controls and the chips of the filters in force. They write to the
 * Visits table's store, as the table's own controls do, so that the table and the timeline
 * always show the same visits.
 */
export function TimelineFilters({ query }: { query: VisitsQuery }) {
  const regionId = useId();
  const region = regionOfFilters(query.where);
  const names = useLinkedNames('visits', query.where);
  return (
    <>
      <SearchField
        label={t('search.label', { table: t('visits.title') })}
        value={query.search}
        onSearch={setVisitsSearch}
      />
      <label htmlFor={regionId}>{t('timeline.regionFilter')}</label>
      <select
        id={regionId}
        value={region ?? ''}
        onChange={(event) => {
          const value = event.target.value;
          setVisitsWhere(withRegion(query.where, value ? (value as Region) : null));
        }}
      >
        <option value="">{t('timeline.regionFilter.any')}</option>
        {FILTER_REGIONS.map((r) => (
          <option key={r} value={r}>
            {t(`timeline.region.${r}`)}
          </option>
        ))}
      </select>
      <FilterChips
        table="visits"
        where={query.where}
        names={names}
        onRemove={(index) => setVisitsWhere(query.where.filter((_, i) => i !== index))}
        onClear={() => setVisitsWhere([])}
      />
    </>
  );
}
