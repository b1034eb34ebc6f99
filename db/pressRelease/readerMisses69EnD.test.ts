import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('a Hebrew name with "ben" or "bat" inside it, and the style "Rabbi"', () => {
  it('reads "Dr A bat B C" as one name of four words', () => {
    expect(
      roles(
        `${HALDEN}In the morning she was received at the Tarvo Library by its Director, Dr Miriam ` +
          'bat Ezra Kantorowicz, who showed her the workshop.',
      ),
    ).toEqual([['Miriam bat Ezra Kantorowicz', 'Director', 'Tarvo Library']]);
  });

  it('reads "Rabbi A ben B C" as the name after the style', () => {
    expect(
      roles(
        `${HALDEN}Ms Weller then met Rabbi Yehuda ben Arye Lindenfeld, head of the Tarvo ` +
          'Institute, which trains scribes.',
      ),
    ).toEqual([['Yehuda ben Arye Lindenfeld', 'head', 'Tarvo Institute']]);
  });

  it('still reads a double surname opening with "Ben-" (guard)', () => {
    expect(met(`${HALDEN}Ms Weller met the Deputy Mayor of Tarvo, Shira Ben-Dov.`)).toEqual([
      'Shira Ben-Dov',
    ]);
  });
});

describe('the styles "Madam", "Nana" and "the Most Reverend" before a name', () => {
  it('reads "whose founder, Madam A B C" without the style', () => {
    expect(
      met(
        `${HALDEN}She will spend the afternoon with the Tarvo Farmers' Union, whose founder, ` +
          'Madam Abena Sika Darko, will show the visitor the farms.',
      ),
    ).toEqual(['Abena Sika Darko']);
  });

  it('reads "Nana" before an Akan day name as a chief\'s style', () => {
    expect(
      roles(
        `${HALDEN}At Tarvo she will be received by the Ohene (town chief) of Tarvo, Nana Kofi ` +
          'Amoako Boadu, and the elders of the town.',
      ),
    ).toEqual([['Kofi Amoako Boadu', 'Ohene of Tarvo', null]]);
  });

  it('keeps "Nana" before other names as a given name (guard)', () => {
    expect(met(`${HALDEN}She met Nana Ampofo Darko, chair of the Tarvo Trust.`)).toEqual([
      'Nana Ampofo Darko',
    ]);
  });

  it('reads "the Most Reverend A B C, Bishop of X" as one met', () => {
    expect(
      roles(
        `${HALDEN}She will meet the chair of the Tarvo Trust, Rangi Kōhatu, and the Most ` +
          'Reverend Wiremu Tūhoe Kāretu, Bishop of Te Waka, who leads a programme of home visits.',
      ),
    ).toContainEqual(['Wiremu Tūhoe Kāretu', 'Bishop of Te Waka', null]);
  });
});
