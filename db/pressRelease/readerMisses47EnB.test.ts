import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const lead = (country: string) =>
  `The Director-General of the Northern Rivers Council, Anna Weller, visited ${country} on ` +
  '3 December 2026. ';

describe('the Chin styles of a man and a woman before a name of three words', () => {
  it('leaves "Pu" and "Pi" out of the name', () => {
    expect(
      roles(
        `${lead('Myanmar')}She was received by the Chief Minister of the Hill State, Pu Zo Thla ` +
          'Mang, and by the District Administrator of Falam, Pi Thei Ngun Sui.',
      ),
    ).toEqual([
      ['Zo Thla Mang', 'Chief Minister of the Hill State', null],
      ['Thei Ngun Sui', 'District Administrator of Falam', null],
    ]);
  });
});
