import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('the Amharic style of a married woman written in full', () => {
  it('leaves "Weyzero" out of the name, as "Ato" is', () => {
    expect(
      roles(
        `${HALDEN}She was received by the State Minister of Trade, Weyzero Almaz Tadesse, and ` +
          'held a lunch with Weyzero Selam Bekele, chairwoman of the Halden Grain Traders ' +
          'Association. Weyzero Selam asked for help.',
      ).map(([name]) => name),
    ).toEqual(['Almaz Tadesse', 'Selam Bekele']);
  });

  it('keeps the style "Ato" out of a man\'s name (guard)', () => {
    expect(
      met(
        `${HALDEN}She met Ato Girma Wolde Tesfaye, general manager of the Halden Grain ` +
          'Traders Association, on prices.',
      ),
    ).toEqual(['Girma Wolde Tesfaye']);
  });
});

describe('a body named again by its noun in the possessive before an office', () => {
  it('reads the body named in full before it as the office\'s body', () => {
    expect(
      roles(
        `${HALDEN}She held a working session with the Ruritanian Agency of Inland Fisheries. ` +
          "The Agency's Director-General, Karl Brenner, presented the new quota scheme.",
      ),
    ).toEqual([['Karl Brenner', 'Director-General', 'Ruritanian Agency of Inland Fisheries']]);
  });

  it('takes the last such body named before the office, not one named after it', () => {
    expect(
      roles(
        `${HALDEN}She will visit the Department of Upland Pastures, where the Department's ` +
          'Director-General, Karl Brenner, will present the grazing survey. On Tuesday she ' +
          'will meet Olga Varn, Director of the Halden River Survey Department, on floods.',
      ),
    ).toEqual([
      ['Karl Brenner', 'Director-General', 'Department of Upland Pastures'],
      ['Olga Varn', 'Director', 'Halden River Survey Department'],
    ]);
  });

  it('keeps the noun alone when the text names no such body in full (guard)', () => {
    expect(
      roles(`${HALDEN}The Agency's Director-General, Karl Brenner, presented the new quota scheme.`),
    ).toEqual([['Karl Brenner', 'Director-General', 'Agency']]);
  });
});

describe("a title's words in the country's language in brackets before the name", () => {
  it('leaves the words in brackets out of the title', () => {
    expect(
      roles(
        `${HALDEN}The next day she will meet the Ruritanian Language Commissioner (Comisiynydd ` +
          'y Iaith), Olga Varn, whose office enforces the language standards.',
      ),
    ).toEqual([['Olga Varn', 'Ruritanian Language Commissioner', null]]);
  });
});
