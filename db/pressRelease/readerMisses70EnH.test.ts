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
