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

describe('an Igbo ruler by his style and his office after the name', () => {
  it('reads "His Royal Majesty Eze A B, the traditional ruler of X," without the style', () => {
    expect(
      roles(
        `${HALDEN}In the afternoon she went on to Ubaro, where His Royal Majesty Eze Kelechi ` +
          "Amadike, the traditional ruler of Ubaro, hosted a meeting with the town's carvers.",
      ),
    ).toEqual([['Kelechi Amadike', 'traditional ruler of Ubaro', null]]);
  });

  it('reads "Igwe A B" without the style', () => {
    expect(met(`${HALDEN}In Ubaro she called on Igwe Kelechi Amadike at his palace.`)).toEqual([
      'Kelechi Amadike',
    ]);
  });

  it('reads the office of a place set off after the name: "A B, the mayor of X"', () => {
    expect(
      roles(`${HALDEN}In the afternoon she met Mr Kelechi Amadike, the mayor of Ubaro.`),
    ).toEqual([['Kelechi Amadike', 'mayor of Ubaro', null]]);
  });

  it('keeps "Eze" as the surname it is after a given name (guard)', () => {
    expect(
      roles(`${HALDEN}In Awka she met Ms Nkiru Eze, curator of the Ubaro Museum of Carving.`),
    ).toEqual([['Nkiru Eze', 'curator', 'Ubaro Museum of Carving']]);
  });
});
