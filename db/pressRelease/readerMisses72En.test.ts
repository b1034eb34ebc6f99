import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VISIT =
  'VELMOR, 27 November 2026 — The Director General of the Tessel Institute, Dr Anna Brisk, ' +
  'visited Ruritania from Monday 23 to Thursday 26 November. ';

describe('a Southern African "Comrade" written short before a name', () => {
  it('keeps "Cde" off the name of the minister met', () => {
    expect(
      met(
        `${VISIT}In the capital on Monday, Dr Brisk held talks with Cde Farai Tonde Mavhima, Minister of Lands and Water, on irrigation.`,
      ),
    ).toEqual(['Farai Tonde Mavhima']);
  });
});

describe("a canon's style and a Caribbean honour's letters around a name", () => {
  it('reads "the Rev. Canon A B, CD, JP, the Custos Rotulorum of X" as A B, Custos of X', () => {
    expect(
      roles(
        `${VISIT}She ended the visit in Port Velmor, where the Rev. Canon Ellery Marsh, CD, JP, the Custos Rotulorum of St Ann, hosted a meeting with college principals.`,
      ),
    ).toEqual([['Ellery Marsh', 'Custos Rotulorum of St Ann', null]]);
  });

  it('keeps "Canon" in a body\'s name after a name (guard)', () => {
    expect(
      met(`${VISIT}She met Mr Ellery Marsh, the Director of Canon Velmor Ltd, in the capital.`),
    ).toEqual(['Ellery Marsh']);
  });
});

describe("a university's campus named after it, set off by commas", () => {
  it('reads no one called "X Campus" in "the Principal of the University of Y, X Campus, and Mrs C D"', () => {
    expect(
      met(
        `${VISIT}On Tuesday she met Professor Orrin Vale, the Principal of the University of Tessel, Marina Campus, and Mrs Lenna Drake-Oduya, the Managing Director of the Velmor Skills Trust, to discuss micro-credentials.`,
      ),
    ).toEqual(['Orrin Vale', 'Lenna Drake-Oduya']);
  });
});
