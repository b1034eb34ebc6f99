import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const ORIEL =
  'The President of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('a list of names and the one body they all belong to', () => {
  it('gives the body to each of a list whose names carry styles', () => {
    expect(
      roles(
        `${ORIEL}She later met with Mr. Olav K. Brenn, Mrs. Ida T. Varla and Mr. Pero S. Lunt ` +
          'of the Parliamentary Committee on Water, and with representatives of fishers.',
      ),
    ).toEqual([
      ['Olav K. Brenn', null, 'Parliamentary Committee on Water'],
      ['Ida T. Varla', null, 'Parliamentary Committee on Water'],
      ['Pero S. Lunt', null, 'Parliamentary Committee on Water'],
    ]);
  });

  it('gives the body to each of a list when the topic follows the body', () => {
    expect(
      roles(
        `${ORIEL}On Friday she held a working session with Olav Brenn, Ida Varla and Pero Lunt ` +
          'of the Teshar River Commission Secretariat on the sharing of flood data.',
      ),
    ).toEqual([
      ['Olav Brenn', null, 'Teshar River Commission Secretariat'],
      ['Ida Varla', null, 'Teshar River Commission Secretariat'],
      ['Pero Lunt', null, 'Teshar River Commission Secretariat'],
    ]);
  });
});
