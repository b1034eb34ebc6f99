import type { Filter } from '../../db/api.js';
import { REGIONS, regionCountries, type Region } from './regions.js';

/** The regions a filter can name: "other" is every place outside the membership, not a list. */
export const FILTER_REGIONS = REGIONS.filter((r) => r !== 'other');

/**
 * A region's filter: its countries, one of which a visit's must be. It is a filter of its own,
 * beside the Country column's, and the archive keeps what both keep. It names its countries in
 * descending code order, which the Country column's checkboxes (written in the order they are
 * ticked, a region's in its listed order) do not, so the two are told apart in a saved state.
 */
export function regionFilter(region: Region): Filter {
  return { field: 'country', op: 'in', value: [...regionCountries(region)].sort().reverse() };
}

/** The region a filter is the filter of, or null for any other filter. */
export function regionOfFilter(filter: Filter): Region | null {
  if (filter.field !== 'country' || filter.op !== 'in' || !Array.isArray(filter.value)) {
    return null;
  }
  const codes = filter.value.map(String);
  return (
    FILTER_REGIONS.find((r) => {
      const own = regionFilter(r).value as string[];
      return own.length === codes.length && own.every((code, i) => codes[i] === code);
    }) ?? null
  );
}

/** The region the visits filters keep, or null when none is chosen. */
export function regionOfFilters(where: readonly Filter[]): Region | null {
  for (const filter of where) {
    const region = regionOfFilter(filter);
    if (region) return region;
  }
  return null;
}

/**
 * The visits filters with their region replaced by `region`, or removed for null; every other
 * filter, the Country column's too, is kept, so that the region narrows within it.
 */
export function withRegion(where: readonly Filter[], region: Region | null): Filter[] {
  const others = where.filter((f) => regionOfFilter(f) === null);
  return region === null ? others : [...others, regionFilter(region)];
}
