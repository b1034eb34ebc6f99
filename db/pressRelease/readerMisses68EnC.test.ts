import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('the head of an Indian village council by his office in small letters', () => {
  it('reads "The sarpanch of X, Shri A B, whom … calls …, explained …" as one met', () => {
    expect(
      roles(
        `${HALDEN}The sarpanch of Velmora, Shri Oskar Belmonte Rao, whom the whole village ` +
          'calls Anna-ji, explained how the gram sabha decided to close the quarry.',
      ),
    ).toEqual([['Oskar Belmonte Rao', 'sarpanch of Velmora', null]]);
  });

  it('reads "the mukhiya of X, A B," in small letters as well', () => {
    expect(
      met(
        `${HALDEN}The mukhiya of Velmora, Shri Oskar Belmonte Rao, explained how the panchayat ` +
          'built the new check dam.',
      ),
    ).toEqual(['Oskar Belmonte Rao']);
  });

  it('still reads "The headman of X, Shri A B, explained …" (guard)', () => {
    expect(
      met(
        `${HALDEN}The headman of Velmora, Shri Oskar Belmonte Rao, explained how the council ` +
          'decided to close the quarry.',
      ),
    ).toEqual(['Oskar Belmonte Rao']);
  });

  it('leaves a small-letter word that is no office before a name alone (guard)', () => {
    expect(
      met(
        `${HALDEN}The village of Velmora, Shri Oskar Belmonte Rao, explained how the council ` +
          'decided to close the quarry.',
      ),
    ).toEqual([]);
  });
});
