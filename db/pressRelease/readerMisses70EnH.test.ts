import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026.\n\n';

describe('a list of those met after "met", the places of the meetings set off before its colon', () => {
  it('reads "met, in X and the Y Province:" and its items as people met', () => {
    expect(
      roles(
        `${HALDEN}During the visit the President met, in Vardan and the Olvar Province:\n` +
          '- Sipho Tandeka, Chief Executive Officer of Vardan Wildlife;\n' +
          '- Tumelo Rapoo, chairperson of the Olvar Heritage Council.',
      ),
    ).toEqual([
      ['Sipho Tandeka', 'Chief Executive Officer', 'Vardan Wildlife'],
      ['Tumelo Rapoo', 'chairperson', 'Olvar Heritage Council'],
    ]);
  });

  it('still reads the list after a plain "met:" (guard)', () => {
    expect(
      met(
        `${HALDEN}During the visit the President met:\n` +
          '- Sipho Tandeka, Chief Executive Officer of Vardan Wildlife;\n' +
          '- Tumelo Rapoo, chairperson of the Olvar Heritage Council.',
      ),
    ).toEqual(['Sipho Tandeka', 'Tumelo Rapoo']);
  });
});

describe('the Zulu style of a chief before a name', () => {
  it('leaves "Inkosi" out of the name of a chief met', () => {
    expect(
      met(
        `${HALDEN}In Vardan the President met Inkosi Mandla Zwane, head of the Zwane Traditional ` +
          'Council.',
      ),
    ).toEqual(['Mandla Zwane']);
  });

  it('still leaves "Kgosi" out of a name (guard)', () => {
    expect(
      met(
        `${HALDEN}In Vardan the President met Kgosi Tumelo Rapoo, head of the Olvar Traditional ` +
          'Council.',
      ),
    ).toEqual(['Tumelo Rapoo']);
  });
});

describe('the Czech and Slovak styles before a name and degrees after it', () => {
  it('leaves "prof. Ing. arch." and ", CSc." out of one met, and reads the title after them', () => {
    expect(
      roles(
        `${HALDEN}In Vardan we met prof. Ing. arch. Tomas Velin, CSc., Rector of the Vardan ` +
          'Technical University, whose faculty is old.',
      ),
    ).toEqual([['Tomas Velin', 'Rector', 'Vardan Technical University']]);
  });

  it('reads no title "PhD" from the degree after a name', () => {
    expect(
      roles(
        `${HALDEN}In Vardan we met Ing. Ilse Marandova, PhD., Director General of the Vardan ` +
          'Heritage Board.',
      ),
    ).toEqual([['Ilse Marandova', 'Director General', 'Vardan Heritage Board']]);
  });

  it('still reads "Ing. A B, Director General of X" (guard)', () => {
    expect(
      roles(
        `${HALDEN}In Vardan we met Ing. Ilse Marandova, Director General of the Vardan Heritage ` +
          'Board.',
      ),
    ).toEqual([['Ilse Marandova', 'Director General', 'Vardan Heritage Board']]);
  });
});

describe("an architect's style after an engineer's, and an arch that ends a sentence", () => {
  it('leaves "Ing. arch." out of the name of one met', () => {
    expect(
      roles(`${HALDEN}In Vardan we met Ing. arch. Tomas Velin, Chief Architect of Vardan.`),
    ).toEqual([['Tomas Velin', 'Chief Architect of Vardan', null]]);
  });

  it('still reads the sentence after one that ends on "arch." (guard)', () => {
    expect(
      met(
        `${HALDEN}The delegation walked under the old arch. The Mayor of Olvar, Petr Kolar, ` +
          'then received the President.',
      ),
    ).toEqual(['Petr Kolar']);
  });
});

describe('a maiden name set off after the name of one met', () => {
  it('reads the title after "A B, née C,"', () => {
    expect(
      roles(
        `${HALDEN}There we were received by Mgr. Ilse Marandova, née Kolarova, Director General ` +
          'of the Vardan Heritage Institute, who showed us the villa.',
      ),
    ).toEqual([['Ilse Marandova', 'Director General', 'Vardan Heritage Institute']]);
  });
});

describe('a body whose name opens with a word in quotation marks, after the title of one met', () => {
  it('reads "A B, director of the \\"X\\" Trust" with its title and body', () => {
    expect(
      roles(
        `${HALDEN}In Olvar the President met Sipho Tandeka, director of the "Ubuntu Rivers" ` +
          'Trust, which trains young people.',
      ),
    ).toEqual([['Sipho Tandeka', 'director', '"Ubuntu Rivers" Trust']]);
  });

  it('still reads "A B, director of the X Trust" (guard)', () => {
    expect(
      roles(
        `${HALDEN}In Olvar the President met Sipho Tandeka, director of the Ubuntu Rivers Trust, ` +
          'which trains young people.',
      ),
    ).toEqual([['Sipho Tandeka', 'director', 'Ubuntu Rivers Trust']]);
  });
});

describe('one a matter will be discussed with', () => {
  it('reads "X will be discussed with A B C, head of Y" as a meeting', () => {
    expect(
      roles(
        `${HALDEN}Security arrangements for the games, which will bring some 200 players to the ` +
          'town, will be discussed with Police Major General Oleg Borisovich Tarkin, head of the ' +
          'Interior Ministry Directorate for Vardan.',
      ),
    ).toEqual([['Oleg Borisovich Tarkin', 'head', 'Interior Ministry Directorate for Vardan']]);
  });

  it('still reads an agreement signed with one as a meeting (guard)', () => {
    expect(
      met(
        `${HALDEN}A memorandum on water was signed with the Mayor of Olvar, Petr Kolar, on Friday.`,
      ),
    ).toEqual(['Petr Kolar']);
  });
});
