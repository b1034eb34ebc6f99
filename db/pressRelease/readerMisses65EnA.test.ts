import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('one to be met after a journey to a place', () => {
  it('reads "will travel to X, …, and meet A. B, President of Y" as a meeting', () => {
    expect(
      roles(
        `${HALDEN}On the second day she will travel to Orvik, the port town known for its boats, ` +
          "and meet Tmt. K. Varadhini, President of the Orvik Net Makers' Society.",
      ),
    ).toEqual([['K. Varadhini', 'President', "Orvik Net Makers' Society"]]);
  });

  it('still reads "will visit X and meet A B" (guard)', () => {
    expect(
      met(`${HALDEN}On Friday she will visit the Orvik Dock and meet Ilse Marandor Kettu.`),
    ).toEqual(['Ilse Marandor Kettu']);
  });
});

describe('one spoken with by telephone after the word of a visit', () => {
  it('does not read "before the visit she spoke by telephone with A B" as met', () => {
    expect(
      met(
        `${HALDEN}Before the visit Dr Weller spoke by telephone yesterday with the Vardan ` +
          'Minister of Water, Dragica Lovrenović, about the river.',
      ),
    ).toEqual([]);
  });

  it('still reads "toured the port with the Mayor of X, A B" as met (guard)', () => {
    expect(
      met(
        `${HALDEN}After the visit she toured the port with the Mayor of Orvik, Dragica Lovrenović.`,
      ),
    ).toEqual(['Dragica Lovrenović']);
  });
});

describe('a heritage trust is a body', () => {
  it('reads "A B, Chairman of the X Heritage Trust" as the Chairman of that trust', () => {
    expect(
      roles(
        `${HALDEN}In Orvik she held talks with Tunde Aderemi, Chairman of the Orvik Heritage ` +
          'Trust, and the two signed a memorandum.',
      ),
    ).toEqual([['Tunde Aderemi', 'Chairman', 'Orvik Heritage Trust']]);
  });
});

describe('an office held for a time, in small letters before its title', () => {
  it('reads "A B, acting Mayor of X, who …" as the acting Mayor of X', () => {
    expect(
      roles(
        `${HALDEN}She was received at the City Hall by Tomasz Wielgor, acting Mayor of Orvik, ` +
          'who has led the city since May.',
      ),
    ).toEqual([['Tomasz Wielgor', 'acting Mayor of Orvik', null]]);
  });

  it('reads "A B, acting Rector of the X University;" in a list', () => {
    expect(
      roles(
        `${HALDEN}She met with Anna Kowalczyk, Vice-Marshal of the Orvik Region; Jan ` +
          'Sulewski, acting Rector of the Orvik University; and Dr Ewa Dabrowa, Director of the ' +
          'Orvik Centre.',
      ),
    ).toEqual([
      ['Anna Kowalczyk', 'Vice-Marshal of the Orvik Region', null],
      ['Jan Sulewski', 'acting Rector', 'Orvik University'],
      ['Ewa Dabrowa', 'Director', 'Orvik Centre'],
    ]);
  });

  it('reads "Engr. A B III, acting Regional Director for X of the Y" with its body', () => {
    expect(
      roles(
        `${HALDEN}In the afternoon she held a working meeting with Engr. Ramon Luis Abello III, ` +
          'acting Regional Director for Orvik of the Department of Water, on mangroves.',
      ),
    ).toEqual([
      ['Ramon Luis Abello III', 'acting Regional Director for Orvik', 'Department of Water'],
    ]);
  });

  it('still reads "A B, Mayor of X" with no such word (guard)', () => {
    expect(
      roles(`${HALDEN}She was received at the City Hall by Tomasz Wielgor, Mayor of Orvik.`),
    ).toEqual([['Tomasz Wielgor', 'Mayor of Orvik', null]]);
  });
});

describe("a religious sister's short style and her order's letters", () => {
  it('reads "met Sr. Ma. A B, RVM, President of X, who …" as the President of X', () => {
    expect(
      roles(
        `${HALDEN}She also met Sr. Ma. Teresa Olivares, RVM, President of the Orvik Women ` +
          "Farmers' Federation, who explained how families grow vegetables.",
      ),
    ).toEqual([['Ma. Teresa Olivares', 'President', "Orvik Women Farmers' Federation"]]);
  });

  it('still ends a name at "Sr." after it, a new sentence following (guard)', () => {
    expect(
      met(
        `${HALDEN}She also met Ramon Abello Sr. The Mayor of Orvik, Ilse Marandor, welcomed her.`,
      ),
    ).toEqual(['Ramon Abello Sr.', 'Ilse Marandor']);
  });
});

describe("a doctor's style written small before the name", () => {
  it('reads "received by the Secretary of X, dr. A B (B A), and will meet …"', () => {
    expect(
      roles(
        `${HALDEN}In Orvik she will be received by the Deputy State Secretary for Water of ` +
          'Ruritania, dr. Levente Borsos (Borsos Levente), and will meet the Mayor of Orvik, ' +
          'Ilse Marandor.',
      ),
    ).toEqual([
      ['Levente Borsos', 'Deputy State Secretary for Water of Ruritania', null],
      ['Ilse Marandor', 'Mayor of Orvik', null],
    ]);
  });
});

describe('a host of a meal in the clause of a place visited after a first host', () => {
  it('reads "received by A B, and visited X, where Metropolitan C of Y and Z hosted …"', () => {
    expect(
      roles(
        `${HALDEN}She was received by the Deputy Minister of Culture of Vardan, Dr Ilse ` +
          'Marandor, and visited the seat of the Holy Metropolis of Orvik in Tarvo, where His ' +
          'Eminence Metropolitan Andreios of Orvik and Tarvo hosted a lunch for youth groups.',
      ),
    ).toEqual([
      ['Ilse Marandor', 'Deputy Minister of Culture', 'Ministry of Culture'],
      ['Andreios', 'Metropolitan of Orvik and Tarvo', null],
    ]);
  });

  it('keeps a see of one place before "and" another person (guard)', () => {
    expect(
      roles(`${HALDEN}She met Metropolitan Andreios of Orvik and Ilse Marandor, Mayor of Tarvo.`),
    ).toEqual([
      ['Andreios', 'Metropolitan of Orvik', null],
      ['Ilse Marandor', 'Mayor of Tarvo', null],
    ]);
  });
});

describe("a chief's style with an honorific in brackets", () => {
  it('reads "where Chief (Mrs) A B, Curator of X, presented …" as the Curator of X', () => {
    expect(
      roles(
        `${HALDEN}The last day was spent at Orvik, where Chief (Mrs) Folake Adeyinka, Curator of ` +
          "the Orvik Palace Museum, presented the laboratory built with the Trust's fund.",
      ),
    ).toEqual([['Folake Adeyinka', 'Curator', 'Orvik Palace Museum']]);
  });
});

describe('a name whose letters carry combining tone marks', () => {
  it('reads the title after "His Royal Majesty A B II, the X of Y"', () => {
    expect(
      roles(
        `${HALDEN}In Orvik she was received at the palace by His Royal Majesty Adébọ̀lá ` +
          'Òjó Adérẹ̀mí II, the Olorvik of Orvik, who showed her the crowns.',
      ),
    ).toEqual([['Adébọ̀lá Òjó Adérẹ̀mí II', 'Olorvik of Orvik', null]]);
  });
});
