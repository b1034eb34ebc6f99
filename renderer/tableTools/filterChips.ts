import type { Filter, TableName } from '../../db/api.js';
import { countryName } from '../countryName.js';
import { formatDate } from '../formatDate.js';
import { formatNumber, hasMessage, t } from '../messages.js';
import { REGION_COLUMN, filterColumn, filterSpec } from './columnFilters.js';
import { regionOfFilter } from '../timeline/regionFilter.js';
import { filterToRange } from './dateRange.js';
import { fieldLabel } from '../grid/textColumn.js';

function values(filter: Filter): string[] {
  const { value } = filter;
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function statusText(value: string): string {
  const key = `status.${value}`;
  return hasMessage(key) ? t(key) : value;
}

/** What a filter keeps, as its chip says it after the column's label. */
export function filterValueText(
  table: TableName,
  filter: Filter,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  if (filter.op === 'empty') return t('filter.isEmpty');
  if (filter.op === 'notEmpty') return t('filter.isNotEmpty');
  const spec = filterSpec(table, filterColumn(table, filter));
  const list = values(filter);
  switch (spec?.kind) {
    case 'date': {
      const range = filterToRange(filter);
      if (!range) break;
      const from = formatDate(range.from) || t('filter.openEnd');
      const to = formatDate(range.to) || t('filter.openEnd');
      return range.from === range.to ? from : t('dates.range', { from, to });
    }
    case 'country':
      return list.map(countryName).join(', ');
    case 'enum':
      return list.map(statusText).join(', ');
    case 'link':
      return list.map((id) => names.get(id) ?? t('filter.unknownRecord')).join(', ');
    case 'number':
      return list.map((v) => (Number.isFinite(Number(v)) ? formatNumber(Number(v)) : v)).join(', ');
    case 'text':
      if (filter.op === 'contains') return t('filter.containsText', { text: list[0] ?? '' });
      if (filter.op === 'equals') return t('filter.equalsText', { text: list[0] ?? '' });
      break;
  }
  return list.join(', ');
}

/** A filter's chip: "Country: Russia, Kazakhstan", "Start date: 2021 – …". */
export function chipText(
  table: TableName,
  filter: Filter,
  names?: ReadonlyMap<string, string>,
): string {
  const region = filterColumn(table, filter) === REGION_COLUMN ? regionOfFilter(filter) : null;
  if (region) {
    return t('filter.chip', {
      label: t('timeline.regionFilter'),
      value: t(`timeline.region.${region}`),
    });
  }
  return t('filter.chip', {
    label: fieldLabel(filterColumn(table, filter)),
    value: filterValueText(table, filter, names),
  });
}
