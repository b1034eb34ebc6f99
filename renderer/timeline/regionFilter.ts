import type { Filter } from '../../db/api.js';
import { REGIONS, regionCountries, type Region } from './regions.js';

/** The regions a filter can name: "other" is every place outside the membership, not a list. */
export const FILTER_REGIONS = REGIONS.filter((r) => r !== 'other');

const sameSet = (a: readonly unknown[], b: readonly string[]) =>
  a.length === b.length && b.every((code) => a.includes(code));

/**
 * The region the visits filters stand for, when their only country filter is "one of" exactly a
 * region's countries; null without a country filter; 'chosen' for any other countries.
 */
export function regionOfFilters(where: readonly Filter[]): Region | 'chosen' | null {
  const country = where.filter((f) => f.field === 'country');
  if (country.length === 0) return null;
  const only = country[0]!;
  if (country.length > 1 || only.op !== 'in' || !Array.isArray(only.value)) return 'chosen';
  const values = only.value as unknown[];
  return FILTER_REGIONS.find((r) => sameSet(values, regionCountries(r))) ?? 'chosen';
}

/**
 * The visits filters with their country filter replaced by a region's countries, in the form the
 * Visits table's country filter writes, or removed for null; the other filters are kept.
 */
export function withRegion(where: readonly Filter[], region: Region | null): Filter[] {
  const others = where.filter((f) => f.field !== 'country');
  if (region === null) return others;
  return [...others, { field: 'country', op: 'in', value: regionCountries(region) }];
}
