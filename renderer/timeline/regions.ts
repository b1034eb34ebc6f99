/**
 * The CICA member states grouped by region, for the timeline's lanes. The grouping is the
 * secretariat's usual way of speaking of its members, not an official list; a country not named
 * here (a visit outside the membership) falls under "Other".
 */
export const REGIONS = [
  'central',
  'south',
  'east',
  'southEast',
  'west',
  'eurasia',
  'other',
] as const;
export type Region = (typeof REGIONS)[number];

const BY_COUNTRY: Record<string, Region> = {
  KZ: 'central',
  KG: 'central',
  TJ: 'central',
  TM: 'central',
  UZ: 'central',
  AF: 'south',
  BD: 'south',
  IN: 'south',
  LK: 'south',
  PK: 'south',
  CN: 'east',
  KR: 'east',
  MN: 'east',
  KH: 'southEast',
  TH: 'southEast',
  VN: 'southEast',
  BH: 'west',
  EG: 'west',
  IL: 'west',
  IQ: 'west',
  IR: 'west',
  JO: 'west',
  KW: 'west',
  PS: 'west',
  QA: 'west',
  AE: 'west',
  AZ: 'eurasia',
  BY: 'eurasia',
  RU: 'eurasia',
  TR: 'eurasia',
};

export function regionOf(country: string | null): Region {
  return (country && BY_COUNTRY[country.toUpperCase()]) || 'other';
}

/** The countries of a region, by their codes, in the order listed above. */
export function regionCountries(region: Region): string[] {
  return Object.keys(BY_COUNTRY).filter((code) => BY_COUNTRY[code] === region);
}
