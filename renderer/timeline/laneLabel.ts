import { countryName } from '../countryName.js';
import { t } from '../messages.js';
import type { LaneMode } from './layoutLanes.js';
import type { Region } from './regions.js';

/** What a lane is called on screen, by the way lanes are split. */
export function laneLabel(mode: LaneMode, key: string): string {
  switch (mode) {
    case 'one':
      return t('timeline.lane.all');
    case 'country':
      return key ? countryName(key) : t('timeline.lane.noCountry');
    case 'region':
      return t(`timeline.region.${key as Region}`);
    case 'traveller':
      return key || t('timeline.lane.noTraveller');
  }
}
