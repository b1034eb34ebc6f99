import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const ORVEN =
  'The Director of the Orven Seed Fund, Anna Berglund, visited Ruritania from 1 to 3 December ' +
  '2026. ';

describe('an abbreviated title in the plural, of a place, before a list of names', () => {
  it('gives each of "the MPs for X, A B, C D and E F" the title "MP for X"', () => {
    expect(
      roles(
        `${ORVEN}In Varna she met the MPs for Tessel, Selin Aydar, Murat Kovan and Deniz Arlo, ` +
          'who described the new port.',
      ),
    ).toEqual([
      ['Selin Aydar', 'MP for Tessel', null],
      ['Murat Kovan', 'MP for Tessel', null],
      ['Deniz Arlo', 'MP for Tessel', null],
    ]);
  });

  it('still gives each of "Senators A B and C D" the title "Senator" (guard)', () => {
    expect(
      roles(`${ORVEN}In Varna she met Senators Selin Aydar and Murat Kovan.`).map((r) => r[1]),
    ).toEqual(['Senator', 'Senator']);
  });
});
