import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('an associate or assistant professor written short before the name', () => {
  it('reads "the Rector of X, Assoc. Prof. Dr A B" as A B, not as "Assoc"', () => {
    expect(
      roles(
        `${HALDEN}On Friday Dr Weller met the Rector of Korvat University, Assoc. Prof. Dr ` +
          'Somchai Rattanawong.',
      ),
    ).toEqual([['Somchai Rattanawong', 'Rector', 'Korvat University']]);
  });

  it('reads "Asst. Prof. A B" as A B', () => {
    expect(
      met(
        `${HALDEN}On Friday Dr Weller met the Dean of Korvat College, Asst. Prof. Malee Boonsri.`,
      ),
    ).toEqual(['Malee Boonsri']);
  });

  it('still reads "Prof. Dr A B" (guard)', () => {
    expect(
      roles(
        `${HALDEN}On Friday Dr Weller met the Rector of Korvat University, Prof. Dr Malee Boonsri.`,
      ),
    ).toEqual([['Malee Boonsri', 'Rector', 'Korvat University']]);
  });
});

describe('a Thai police rank written short before the name', () => {
  it('reads "Pol. Lt. Gen. A B, Commander of X" with the office after the name', () => {
    expect(
      roles(
        `${HALDEN}On Friday Dr Weller met Pol. Lt. Gen. Somchai Rattanawong, Commander of the ` +
          'River Police Division.',
      ),
    ).toEqual([['Somchai Rattanawong', 'Commander', 'River Police Division']]);
  });

  it('still reads "Lt. Gen. A B, Commander of X" (guard)', () => {
    expect(
      roles(
        `${HALDEN}On Friday Dr Weller met Lt. Gen. Somchai Rattanawong, Commander of the River ` +
          'Police Division.',
      ),
    ).toEqual([['Somchai Rattanawong', 'Commander', 'River Police Division']]);
  });
});

describe('a chief minister and a chief incumbent written in small letters after the name', () => {
  it('reads "A B, chief minister of X Region" as the title with its region', () => {
    expect(
      roles(
        `${HALDEN}There he was received by U Tun Lwin Maung, chief minister of Korvat Region, and ` +
          'visited a school.',
      ),
    ).toEqual([['Tun Lwin Maung', 'chief minister of Korvat Region', null]]);
  });

  it('reads "the Ven. A B, chief incumbent of the X Hermitage" as its head monk', () => {
    expect(
      roles(
        `${HALDEN}In the afternoon she went to the hills, where the Ven. Dhammika Sumedha, chief ` +
          'incumbent of the Korvat Forest Hermitage, showed her the forest.',
      ),
    ).toEqual([['Dhammika Sumedha', 'chief incumbent', 'Korvat Forest Hermitage']]);
  });
});

describe('talks held at a building in a city with someone', () => {
  it('reads "held talks at the Secretariat in X with A B, Principal Secretary of Y"', () => {
    expect(
      roles(
        `${HALDEN}On Tuesday Dr Weller held talks at the Secretariat in Dorvan with Shri K. R. ` +
          'Velandar, Principal Secretary of the Water Department.',
      ),
    ).toEqual([['K. R. Velandar', 'Principal Secretary', 'Water Department']]);
  });

  it('still reads "held talks in X with A B, Principal Secretary of Y" (guard)', () => {
    expect(
      roles(
        `${HALDEN}On Tuesday Dr Weller held talks in Dorvan with Arun Velandar, Principal ` +
          'Secretary of the Water Department.',
      ),
    ).toEqual([['Arun Velandar', 'Principal Secretary', 'Water Department']]);
  });
});

describe('one who has died, named as "the late A B"', () => {
  it('leaves out the founder called "the late Dr. A B" after the one met', () => {
    expect(
      met(
        `${HALDEN}On Monday she visited the marsh with Dr. Ilse Marandor, director of the Korvat ` +
          'Wetlands Trust, the organisation founded by the late Dr. Oskar Belmonte in 1991.',
      ),
    ).toEqual(['Ilse Marandor']);
  });

  it('still reads one met whose surname follows "late" in another sense (guard)', () => {
    expect(
      met(`${HALDEN}Late on Monday she met Ilse Marandor, director of the Korvat Wetlands Trust.`),
    ).toEqual(['Ilse Marandor']);
  });
});

describe('a note at the end that corrects the spelling of a name', () => {
  it('files the name as the note spells it: "He is A B, not A C"', () => {
    expect(
      met(
        `${HALDEN}She then met Tomas Velandra, Director General of the Department of Water.\n\n` +
          'Correction: an earlier version of this release misspelled the name of the Director ' +
          'General of the Department of Water. He is Tomas Velandar, not Tomas Velandra.',
      ),
    ).toEqual(['Tomas Velandar']);
  });

  it('leaves a name alone when no note of correction speaks of it (guard)', () => {
    expect(
      met(
        `${HALDEN}She then met Tomas Velandra, Director General of the Department of Water. The ` +
          'river is the Korva, not the Velandra.',
      ),
    ).toEqual(['Tomas Velandra']);
  });
});

describe('one name alone, as many Indonesians bear', () => {
  it('reads it after a title whose field follows "for", before "to discuss"', () => {
    expect(
      roles(
        `${HALDEN}Later the same day she met the Coordinating Minister for Economic Affairs, ` +
          'Wirananto, to discuss trade.',
      ),
    ).toEqual([['Wirananto', 'Coordinating Minister for Economic Affairs', null]]);
  });

  it('reads it after the "and" of a list, before a head\'s office in small letters', () => {
    expect(
      met(
        `${HALDEN}Dr Weller also met Ana Sulastini, chair of the Korvat Fishers' Association, and ` +
          'Mulyadi, director of the Korvat Marine Centre, to hear their views.',
      ),
    ).toEqual(['Ana Sulastini', 'Mulyadi']);
  });

  it('still leaves a place after "and" with no office after it (guard)', () => {
    expect(
      met(
        `${HALDEN}Dr Weller also met Ana Sulastini, chair of the Korvat Fishers' Association, and ` +
          'visited Korvat, a fishing town.',
      ),
    ).toEqual(['Ana Sulastini']);
  });
});
