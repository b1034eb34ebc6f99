import { describe, expect, test } from 'vitest';
import { mergeLinksText, mergeSummary } from '../merge/mergeSummary.js';

describe('mergeSummary', () => {
  test('says who is merged into whom, what moves, and that the other spelling stays', () => {
    expect(
      mergeSummary('Alexander Pankin', 'Aleksandr Pankin', {
        positions: 3,
        meetings: 12,
        visits: 0,
      }),
    ).toBe(
      'Alexander Pankin will be merged into Aleksandr Pankin: 3 positions, 12 meetings. The other spelling is kept as an alias.',
    );
  });

  test('counts in the singular, and says so when nothing moves', () => {
    expect(mergeLinksText({ positions: 1, visits: 1, events: 2 })).toBe(
      '1 position, 1 visit as traveller, 2 events organised',
    );
    expect(mergeLinksText({ positions: 0 })).toBe('it has no links to move');
  });
});
