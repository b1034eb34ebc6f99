import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('a host styled short in Italian who presents the place the visitor goes to', () => {
  it('reads "where Dott.ssa A Di B, director of X, will present …" as the director met', () => {
    expect(
      roles(
        `${HALDEN}In the afternoon she will visit the Tarvo Agronomic Institute, where Dott.ssa ` +
          'Paola Di Varra, director of the Tarvo Seed Bank, will present its field trials.',
      ),
    ).toEqual([['Paola Di Varra', 'director', 'Tarvo Seed Bank']]);
  });

  it('still reads "where Dr A B, director of X, will present …" (guard)', () => {
    expect(
      roles(
        `${HALDEN}In the afternoon she will visit the Tarvo Agronomic Institute, where Dr ` +
          'Paola Varra, director of the Tarvo Seed Bank, will present its field trials.',
      ),
    ).toEqual([['Paola Varra', 'director', 'Tarvo Seed Bank']]);
  });
});

describe('Bangladeshi initials run together before the given name', () => {
  it('keeps "ABM" on the name: "talks with ABM A B, Chairman of X"', () => {
    expect(
      roles(
        `${HALDEN}In Dhaka she held talks with ABM Rafiqul Karim, Chairman of the Tarvo ` +
          'Water Board, on river dredging.',
      ),
    ).toEqual([['ABM Rafiqul Karim', 'Chairman', 'Tarvo Water Board']]);
  });

  it('still reads a body written short before the title and the name (guard)', () => {
    expect(
      roles(
        `${HALDEN}In Dhaka she held talks with the UNDP Resident Representative, Rafiqul Karim, ` +
          'on river dredging.',
      ),
    ).toEqual([['Rafiqul Karim', 'Resident Representative', 'UNDP']]);
  });
});

describe('a foreigner met, the nationality told before the office after the name', () => {
  it('reads "A B, the Dutch national who heads the X Office" as its head', () => {
    expect(
      roles(
        `${HALDEN}She then met Joost Verlinde, the Dutch national who heads the Tarvo Water Office, ` +
          'to discuss the dams.',
      ),
    ).toEqual([['Joost Verlinde', 'head', 'Tarvo Water Office']]);
  });

  it('reads "A B, a Dutch national who serves as X Coordinator in Y" as that office', () => {
    expect(
      roles(
        `${HALDEN}She then met Joost Verlinde, a Dutch national who serves as UN Resident ` +
          'Coordinator in Ruritania.',
      ),
    ).toEqual([['Joost Verlinde', 'Resident Coordinator in Ruritania', 'UN']]);
  });

  it('still reads "A B, who heads the X Office" as its head (guard)', () => {
    expect(
      roles(`${HALDEN}She then met Joost Verlinde, who heads the Tarvo Water Office, on the dams.`),
    ).toEqual([['Joost Verlinde', 'head', 'Tarvo Water Office']]);
  });
});

describe('one a tomb or a statue honours, named in a sentence about a meeting', () => {
  it('leaves "Before the meeting she laid a wreath at the mausoleum of A B C" unmet', () => {
    expect(
      met(
        `${HALDEN}In Tarvo she met Dr Anton Vell (President of the Water Trust). Before the ` +
          'meeting she laid a wreath at Tarvo Hill, the mausoleum of Oskar Pavel Varga.',
      ),
    ).toEqual(['Anton Vell']);
  });

  it('still reads one met at the meeting after the wreath is laid (guard)', () => {
    expect(
      met(
        `${HALDEN}After laying a wreath at Tarvo Hill, she held a meeting with Oskar Pavel Varga, ` +
          'the Mayor of Tarvo.',
      ),
    ).toEqual(['Oskar Pavel Varga']);
  });
});

describe('a speaker quoted, who then guides the visitor or signs with him', () => {
  it('reads "…," said A B, Title of X, who guided the visit" as met', () => {
    expect(
      roles(
        `${HALDEN}In the afternoon she visited a school in Tarvo. "Our schools teach many ` +
          'children," said Lena Rahimi-Tabar, Director-General of Education of Tarvo Province, ' +
          'who guided the visit.',
      ),
    ).toEqual([['Lena Rahimi-Tabar', 'Director-General of Education of Tarvo Province', null]]);
  });

  it('reads "…," said A B, head of X, who will sign the agreement with Ms C" as met', () => {
    expect(
      roles(
        `${HALDEN}"We are ready," said Lena Marova, head of the Tarvo Chess Federation, who will ` +
          'sign the schools agreement with Ms Weller on Sunday.',
      ),
    ).toEqual([['Lena Marova', 'head', 'Tarvo Chess Federation']]);
  });

  it('leaves a speaker quoted who does nothing with the visitor unmet (guard)', () => {
    expect(
      met(
        `${HALDEN}"We are ready," said Lena Marova, head of the Tarvo Chess Federation, who ` +
          'founded it in 1990.',
      ),
    ).toEqual([]);
  });
});
