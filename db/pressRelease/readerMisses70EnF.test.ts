import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('a style of respect before a name of two words or more', () => {
  it('takes the Kankanaey "Lakay" of an elder off the name', () => {
    expect(
      met(
        `${HALDEN}At the meeting place of the village, Ms Weller was welcomed by Lakay Romeo ` +
          'Pag-ayan, an elder of the ward, who explained its forest rules.',
      ),
    ).toEqual(['Romeo Pag-ayan']);
  });

  it('takes the Portuguese "Dom" of a traditional ruler off the name', () => {
    expect(
      met(
        `${HALDEN}In the hills Ms Weller was received at the sacred house by the Liurai of ` +
          'Tarvo, Dom Jacinto Soares Mendonca, in a traditional ceremony.',
      ),
    ).toEqual(['Jacinto Soares Mendonca']);
  });

  it('takes the Pamiri "Khalifa" of a religious leader off the name', () => {
    expect(
      met(
        `${HALDEN}The visit will end in Tarvo, where Khalifa Davlatsho Qurbonzodamirov, the ` +
          'religious leader of the village, will host a meeting with teachers.',
      ),
    ).toEqual(['Davlatsho Qurbonzodamirov']);
  });

  it('keeps "Khalifa" that opens a name before "bin" as the given name (guard)', () => {
    expect(
      met(
        `${HALDEN}In Tarvo Ms Weller met the Minister of Water, Khalifa bin Rashid Al Marri, ` +
          'to discuss the new dam.',
      ),
    ).toEqual(['Khalifa bin Rashid Al Marri']);
  });

  it('keeps "Dom" as the given name of a name of two words (guard)', () => {
    expect(
      met(`${HALDEN}In Tarvo Ms Weller met the Mayor of Tarvo, Dom Harlow, to discuss the dam.`),
    ).toEqual(['Dom Harlow']);
  });
});

describe('an Arabic name with its father\'s name after "and"', () => {
  it('reads "Sheikh A bin B C and D bin E Al F" as two ministers named in full', () => {
    expect(
      roles(
        `${HALDEN}In Tarvo Ms Weller was received by the Minister of Water and the Minister of ` +
          'Roads, Sheikh Hamad bin Salim Al Marri and Rashid bin Khalid Al Nuaimi, who presented ' +
          'their plans.',
      ),
    ).toEqual([
      ['Hamad bin Salim Al Marri', 'Minister of Water', 'Ministry of Water'],
      ['Rashid bin Khalid Al Nuaimi', 'Minister of Roads', 'Ministry of Roads'],
    ]);
  });

  it('still reads "Sheikh A Al B and C Al D" as the two ministers (guard)', () => {
    expect(
      met(
        `${HALDEN}In Tarvo Ms Weller was received by the Minister of Water and the Minister of ` +
          'Roads, Sheikh Hamad Al Marri and Rashid Al Nuaimi, who presented their plans.',
      ),
    ).toEqual(['Hamad Al Marri', 'Rashid Al Nuaimi']);
  });
});

describe('an office with its field after a common noun in the possessive', () => {
  it('reads "the city\'s alderman for housing, A de B" as the Alderman for Housing', () => {
    expect(
      roles(
        `${HALDEN}Ms Weller arrived in Tarvo on Monday and was welcomed by the city's alderman ` +
          'for housing, Joost de Vlaar, who took her to the floating homes.',
      ),
    ).toEqual([['Joost de Vlaar', 'Alderman for Housing', null]]);
  });

  it('still reads "the city\'s alderman, A de B" (guard)', () => {
    expect(
      roles(
        `${HALDEN}Ms Weller arrived in Tarvo on Monday and was welcomed by the city's alderman, ` +
          'Joost de Vlaar, who took her to the floating homes.',
      ),
    ).toEqual([['Joost de Vlaar', 'Alderman', null]]);
  });
});
