import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const lead =
  'The Director-General of the Northern Rivers Council, Anna Weller, visited India on ' +
  '3 December 2026. ';

describe('the Khasi styles "Kong" and "Bah" before a name', () => {
  it('leaves "Kong" out of a woman’s name of two words', () => {
    expect(
      met(`${lead}She met the Minister of Fisheries of the state, Kong Daphira Nongrum.`),
    ).toEqual(['Daphira Nongrum']);
  });

  it('leaves "Bah" out of a man’s name of two words', () => {
    expect(
      roles(`${lead}She met Bah Kyrshan Nongspung, Chairman of the Hill Weavers Board.`),
    ).toContainEqual(['Kyrshan Nongspung', 'Chairman', 'Hill Weavers Board']);
  });

  it('reads a traditional chief whose surname repeats his title', () => {
    expect(
      met(
        `${lead}She was received by the Syiem of Hima Nongkrem, Bah Pynshai Syiem, whose ` +
          'council keeps the forest.',
      ),
    ).toContain('Pynshai Syiem');
  });

  it('keeps "Kong" and "Bah" as a surname or a name of one word after', () => {
    expect(met(`${lead}She met the Mayor of Harbourside, Li Kong.`)).toContain('Li Kong');
    expect(met(`${lead}She met the Minister of Mines, Bah Sidibe.`)).toContain('Bah Sidibe');
  });
});

describe('Tigrinya and Amharic names with an abbreviated or hyphenated word', () => {
  const visit =
    'The Director-General of the Northern Rivers Council, Anna Weller, visited Ethiopia on ' +
    '3 December 2026. ';

  it('reads "G/" glued to a capitalised word as one word of the name', () => {
    expect(
      met(
        `${visit}She was received by the Head of the Regional Water Bureau, Ato Berhane ` +
          'G/Tsadik Alemu, who spoke of wells.',
      ),
    ).toEqual(['Berhane G/Tsadik Alemu']);
  });

  it('reads "W/" glued to a capitalised word after "Dr."', () => {
    expect(
      met(
        `${visit}She held talks with the Head of the Regional Water Bureau, Dr. Yemane ` +
          'W/Selassie Desta, on wells.',
      ),
    ).toEqual(['Yemane W/Selassie Desta']);
  });
});
