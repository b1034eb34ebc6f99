import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR =
  'Ankara Ticaret Odası Başkanı Ali Demir başkanlığındaki heyet, 21-23 Aralık tarihlerinde ' +
  "İran'ı ziyaret edecek. ";

describe('a Turkish title in the plural shared by two places and two names', () => {
  it('gives each of "Tebriz ve Erdebil Belediye Başkanları A ve B" his own place', () => {
    expect(
      roles(
        `${TR}Heyet, 22 Aralık'ta Tebriz ve Erdebil Belediye Başkanları Davud Kermani ve ` +
          'Leyla Nasıri ile görüşecek.',
      ),
    ).toEqual([
      ['Davud Kermani', 'Tebriz Belediye Başkanı', null],
      ['Leyla Nasıri', 'Erdebil Belediye Başkanı', null],
    ]);
  });

  it('keeps one body\'s name joined by "ve" whole for each of two names (guard)', () => {
    expect(
      roles(
        `${TR}Heyet, 22 Aralık'ta Ticaret ve Sanayi Odası Başkan Yardımcıları Davud Kermani ve ` +
          'Leyla Nasıri ile görüşecek.',
      ),
    ).toEqual([
      ['Davud Kermani', 'Başkan Yardımcısı', 'Ticaret ve Sanayi Odası'],
      ['Leyla Nasıri', 'Başkan Yardımcısı', 'Ticaret ve Sanayi Odası'],
    ]);
  });
});

const EN =
  'The President of the Halden Water Trust, Anna Weller, visited the Netherlands from 1 to 4 ' +
  'December 2026. ';

describe('an English office in the plural shared by two places and two names', () => {
  it('gives each of "the mayors of X and Y, A B and C D" the office of his own place', () => {
    expect(
      roles(
        `${EN}On Tuesday she went to Zwolle and Kampen, where the mayors of Zwolle and Kampen, ` +
          'Hanneke Veldhuis and Joris van der Wal, showed her the new dikes.',
      ),
    ).toEqual([
      ['Hanneke Veldhuis', 'mayor of Zwolle', null],
      ['Joris van der Wal', 'mayor of Kampen', null],
    ]);
  });

  it('still gives "Senators A B and C D" the one title each (guard)', () => {
    expect(
      roles(`${EN}On Tuesday she met Senators Hanneke Veldhuis and Joris van der Wal.`),
    ).toEqual([
      ['Hanneke Veldhuis', 'Senator', null],
      ['Joris van der Wal', 'Senator', null],
    ]);
  });
});

describe('a Dutch name opening with the capital digraph "IJ"', () => {
  it('reads "Hanneke IJsbrandt" as a name in a list joined by "and"', () => {
    expect(
      met(`${EN}On Tuesday she met Hanneke IJsbrandt and Joris van der Wal at the town hall.`),
    ).toEqual(['Hanneke IJsbrandt', 'Joris van der Wal']);
  });

  it('reads "the mayor of Zwolle, Hanneke IJsbrandt" alone as before (guard)', () => {
    expect(
      met(`${EN}On Tuesday she met the mayor of Zwolle, Hanneke IJsbrandt, at the town hall.`),
    ).toEqual(['Hanneke IJsbrandt']);
  });
});
