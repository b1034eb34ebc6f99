import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

const NETWORK =
  'The President of the Nordic University Network, Anna Weller, visited Ruritania from 1 to 4 ' +
  'December 2026. ';

describe("a host named by the body of the place in the possessive, a word of the visitor's body", () => {
  it('reads "where the University\'s Rector, A B, hosts …" when the visitor\'s body is a network', () => {
    expect(
      roles(
        `${NETWORK}On Monday the President visits Tarvo University, where the University's ` +
          'Rector, Professor Ilse Marandor, hosts a round table with deans.',
      ),
    ).toEqual([['Ilse Marandor', 'Rector', 'Tarvo University']]);
  });

  it('still leaves out "the Network\'s Regional Manager" of the visitor\'s own body (guard)', () => {
    expect(
      met(
        `${NETWORK}On Tuesday the President addressed students together with Mr Jon Hallberg, ` +
          "the Network's Regional Manager for Research.",
      ),
    ).toEqual([]);
  });

  it('still leaves out "the Trust\'s Regional Manager" when the Trust ends the body (guard)', () => {
    expect(
      met(
        `${HALDEN}On Tuesday the President addressed rangers together with Mr Jon Hallberg, ` +
          "the Trust's Regional Manager for Community Development.",
      ),
    ).toEqual([]);
  });
});

describe('an office with its charge in small letters, and a press conference held together', () => {
  it('reads "the visitor and the Deputy Mayor of X responsible for culture, A B, held a joint press conference"', () => {
    expect(
      roles(
        `${HALDEN}At noon the President and the Deputy Mayor of Vardan responsible for culture, ` +
          'Oskar Belmonte, held a joint press conference at the city museum.',
      ),
    ).toEqual([['Oskar Belmonte', 'Deputy Mayor of Vardan responsible for culture', null]]);
  });

  it('reads "met the Vice-Rector in charge of research and teaching, A B"', () => {
    expect(
      roles(
        `${HALDEN}On Tuesday she met the Vice-Rector in charge of research and teaching, Oskar ` +
          'Belmonte.',
      ),
    ).toEqual([['Oskar Belmonte', 'Vice-Rector in charge of research and teaching', null]]);
  });

  it('still reads a joint press conference with one titled without a charge (guard)', () => {
    expect(
      met(
        `${HALDEN}At noon the President and the Deputy Mayor of Vardan, Oskar Belmonte, held a ` +
          'joint press conference at the city museum.',
      ),
    ).toEqual(['Oskar Belmonte']);
  });

  it('leaves a press conference the visitor holds alone (guard)', () => {
    expect(
      met(
        `${HALDEN}At noon the President held a press conference at the city museum to announce ` +
          'a training course.',
      ),
    ).toEqual([]);
  });
});
