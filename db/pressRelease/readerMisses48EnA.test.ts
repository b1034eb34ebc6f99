import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const lead =
  'The Director-General of the Northern Rivers Council, Anna Weller, visited the region on ' +
  '3 December 2026. ';

describe('Khmer styles before a name', () => {
  it('leaves a woman’s "Lok Chumteav" out of the name', () => {
    expect(
      met(
        `${lead}She then visited the Lakeside Institute, where the Director, Lok Chumteav Mey ` +
          'Sovanna, will present the rooms.',
      ),
    ).toContain('Mey Sovanna');
  });

  it('leaves a monk’s "the Venerable" out of the name', () => {
    expect(met(`${lead}She was received by the abbot, the Venerable Chea Vanny Rith.`)).toContain(
      'Chea Vanny Rith',
    );
  });
});

describe('Sundanese styles and the short "H." of a pilgrim before a name', () => {
  it('leaves "Kang" and "Teh" out of the names', () => {
    const names = met(
      `${lead}There it met Kang Dedi Permana, head of the Lakeside Farmers' Cooperative, and ` +
        'Teh Neni Rohaeni, chair of the Sari Melati group.',
    );
    expect(names).toContain('Dedi Permana');
    expect(names).toContain('Neni Rohaeni');
  });

  it('keeps "Kang" as a Korean surname', () => {
    expect(met(`${lead}She met the Minister of Foreign Affairs, Kang Min Jun.`)).toContain(
      'Kang Min Jun',
    );
  });

  it('leaves "H." out of a name of three words after a title and a comma', () => {
    expect(
      met(`${lead}She was received by the Vice Governor of West Java, H. Dedi Ruhiyat Permana.`),
    ).toContain('Dedi Ruhiyat Permana');
  });

  it('keeps "H." as an initial before a name of two words', () => {
    expect(met(`${lead}She met the Chief Executive of Lakeside Bank, H. Ross Walker.`)).toContain(
      'H. Ross Walker',
    );
  });
});

describe('Newar names', () => {
  it('leaves a priest’s "Guruju" out of the name', () => {
    expect(
      met(`${lead}She met Guruju Bishnu Kaji Shakya, priest of the Mahabuddha Temple.`),
    ).toContain('Bishnu Kaji Shakya');
  });

  it('reads "chief of" a body after a name as his title', () => {
    expect(
      roles(`${lead}The Director also met Hari Bahadur Maharjan, chief of the Lalitpur Trust.`).at(
        -1,
      )?.[1],
    ).toContain('chief');
  });
});
