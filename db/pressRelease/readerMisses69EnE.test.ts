import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('an office in small letters before the name, of a body named in full', () => {
  it('parts "the director of the X Trust, A B" into the office and the body', () => {
    expect(
      roles(
        `${HALDEN}On Wednesday Dr Weller travelled to the Orvel Hills, where the director of the ` +
          'Orvel Hills Wildlife Trust, Tomas Velin Ardo, showed her the winter pastures.',
      ),
    ).toEqual([['Tomas Velin Ardo', 'director', 'Orvel Hills Wildlife Trust']]);
  });

  it('parts "the chair of X Trust, A B", the body named with no article', () => {
    expect(
      roles(`${HALDEN}Dr Weller met the chair of Marvo Lakes Trust, Ilse Marandor Kettu.`),
    ).toEqual([['Ilse Marandor Kettu', 'chair', 'Marvo Lakes Trust']]);
  });

  it('keeps "the chair of the X municipal council, A B" whole as the title (guard)', () => {
    expect(
      roles(`${HALDEN}Dr Weller met the chair of the Varsel municipal council, Jan-Ove Ardo.`),
    ).toEqual([['Jan-Ove Ardo', 'chair of the Varsel municipal council', null]]);
  });

  it('keeps "the paramount chief of X district, A B" whole as the title (guard)', () => {
    expect(
      roles(`${HALDEN}Dr Weller met the paramount chief of Varsel district, Tomas Velin Ardo.`),
    ).toEqual([['Tomas Velin Ardo', 'paramount chief of Varsel district', null]]);
  });
});

describe('a body named again by its last noun alone, after it was named in full', () => {
  it('reads "for the Bank by its Managing Director" as the bank named in full before', () => {
    expect(
      roles(
        `${HALDEN}On Tuesday the Ruritanian Rural Credit Bank and the Halden Water Trust ` +
          'will sign an agreement on credit for wells. The agreement will be signed for the ' +
          'Bank by its Managing Director, Ms Marta Ilse Kettu.',
      ),
    ).toEqual([['Marta Ilse Kettu', 'Managing Director', 'Ruritanian Rural Credit Bank']]);
  });

  it('reads "President of Section II of the Academy" as of the academy named in full', () => {
    expect(
      roles(
        `${HALDEN}The delegation was received at the Ruritanian Academy of Letters by Dr Marta ` +
          'Kettu, President of Section II of the Academy, which covers history.',
      ),
    ).toEqual([['Marta Kettu', 'President of Section II', 'Ruritanian Academy of Letters']]);
  });

  it('leaves the noun alone when no body of that noun is named in full (guard)', () => {
    expect(
      roles(
        `${HALDEN}Dr Weller was received at Government House by the Director of the Bank, ` +
          'Marta Kettu.',
      ),
    ).toEqual([['Marta Kettu', 'Director', 'Bank']]);
  });
});

describe('a meeting that was planned and did not take place', () => {
  it('leaves the one it was to be with unmet', () => {
    expect(
      met(
        `${HALDEN}On Monday Dr Weller met the Mayor of Varsel, Tomas Velin Ardo. A meeting set ` +
          'for Thursday with the Marshal of the Orvel Voivodeship, Ilse Kettu, did not take ' +
          "place because of a session of the regional assembly; the Marshal's office will " +
          'continue the talks in the spring.',
      ),
    ).toEqual(['Tomas Velin Ardo']);
  });

  it('leaves the one whose meeting was cancelled unmet, and reads the rest of the sentence', () => {
    expect(
      met(
        `${HALDEN}On Tuesday Dr Weller met the Mayor of Varsel, Tomas Velin Ardo; the meeting ` +
          'scheduled with the Governor of the Orvel Province, Ilse Marandor Kettu, was cancelled.',
      ),
    ).toEqual(['Tomas Velin Ardo']);
  });

  it('still reads one met before a meeting that did not take place (guard)', () => {
    expect(
      met(
        `${HALDEN}On Tuesday Dr Weller met the Governor of the Orvel Province, Ilse Marandor ` +
          'Kettu; a meeting planned with the provincial council did not take place.',
      ),
    ).toEqual(['Ilse Marandor Kettu']);
  });
});

describe("a given name that is also a city's, after a style", () => {
  it('reads "Dr Sofia A" in a list set off by semicolons as one met', () => {
    expect(
      roles(
        `${HALDEN}Dr Weller met Professor Tomas Ardo, Rector of the Varsel University; Dr Sofia ` +
          'Kettu, director of the Museum of Orvel Crafts; and Ms Anna Lind, president of the ' +
          'Friends of the Varsel Museum.',
      ),
    ).toEqual([
      ['Tomas Ardo', 'Rector', 'Varsel University'],
      ['Sofia Kettu', 'director', 'Museum of Orvel Crafts'],
      ['Anna Lind', 'president', 'Friends of the Varsel Museum'],
    ]);
  });

  it('still reads the city named before a style and a name as no one (guard)', () => {
    expect(
      met(`${HALDEN}In Sofia Dr Weller met Ms Ilse Kettu, director of the Varsel Museum.`),
    ).toEqual(['Ilse Kettu']);
  });
});

describe("a clergyman's see named as a list of places", () => {
  it('reads "Metropolitan A of X, Y and Z, who …" with the whole see in the title', () => {
    expect(
      roles(
        `${HALDEN}On Wednesday Dr Weller travelled to Varsel, where she was welcomed by His ` +
          'Eminence Metropolitan Ilarion of Varsel, Orvel and Tarmo, who guided her through the ' +
          'cathedral.',
      ),
    ).toEqual([['Ilarion', 'Metropolitan of Varsel, Orvel and Tarmo', null]]);
  });

  it('keeps a see of one place when a clause follows it (guard)', () => {
    expect(
      roles(
        `${HALDEN}On Wednesday Dr Weller was welcomed by His Eminence Metropolitan Ilarion of ` +
          'Varsel, who guided her through the cathedral.',
      ),
    ).toEqual([['Ilarion', 'Metropolitan of Varsel', null]]);
  });
});
