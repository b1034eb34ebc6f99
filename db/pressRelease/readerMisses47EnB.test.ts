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

describe('the Kachin style of a chief or an elder before a name whose clan comes first', () => {
  it('leaves "Duwa" out of the name and keeps the clan name', () => {
    expect(
      roles(
        `${lead('Myanmar')}The delegation then met Duwa Hkawng Zau Tu, Chairman of the Valley ` +
          'Farmers’ Union.',
      ),
    ).toEqual([['Hkawng Zau Tu', 'Chairman', 'Valley Farmers’ Union']]);
  });
});

describe('a head’s office in small letters after the name', () => {
  it('reads "chairman of the X" and "president of the Y" as the title and the body', () => {
    expect(
      roles(
        `${lead('Canada')}She met Lorne Pakwash, president of the Northern Trappers’ Council, ` +
          'to discuss winter routes.',
      ),
    ).toEqual([['Lorne Pakwash', 'president', 'Northern Trappers’ Council']]);
  });
});

describe('a Dagomba chief’s title of his skin, "X-Naa", before his name', () => {
  it('leaves it out of the name', () => {
    expect(
      roles(
        `${lead('Ghana')}She will also pay a courtesy call on the Chief of Kumbungu, Kumbun-Naa ` +
          'Issah Adam Zakaria, at his palace.',
      ),
    ).toEqual([['Issah Adam Zakaria', 'Chief of Kumbungu', null]]);
  });
});

describe('"Grand Chief" and "Deputy Chief" before a name', () => {
  it('keeps "Chief" in the title', () => {
    expect(
      roles(
        `${lead('Canada')}She held talks with Grand Chief Robert Kanatewat Loon on snow. She ` +
          'then met Deputy Chief Mary Lou Pepabano Moar to discuss ice.',
      ).map(([name, title]) => [name, title]),
    ).toEqual([
      ['Robert Kanatewat Loon', 'Grand Chief'],
      ['Mary Lou Pepabano Moar', 'Deputy Chief'],
    ]);
  });
});
