import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const SWISS =
  'Ankara – 4 Aralık 2026\n\n' +
  "Birlik Başkanı Mehmet Ali Yurt, 9-11 Aralık tarihlerinde İsviçre'yi ziyaret edecek.\n\n" +
  "Heyet ilk gün Bern Belediye Başkanı Anna Meier'le görüşecek. ";

describe('Romansh names and bodies (Turkish)', () => {
  it('reads one who will brief the guests, her office told after «olarak», as met', () => {
    expect(
      met(
        `${SWISS}Ladina Muoth-Caflisch, Dil Derneği Başkanı olarak heyete okullar hakkında ` +
          'bilgi verecek.',
      ),
    ).toContain('Ladina Muoth-Caflisch');
  });

  it('reads a society visited, its head named by its name and «Başkanı», as no one met', () => {
    const names = met(
      `${SWISS}Ertesi gün heyet, dili korumak için çalışan Sina Grischuna'yı ziyaret edecek. ` +
        'Ladina Muoth-Caflisch, Sina Grischuna Başkanı olarak heyete okullar hakkında bilgi ' +
        'verecek.',
    );
    expect(names).not.toContain('Sina Grischuna');
    expect(names).toContain('Ladina Muoth-Caflisch');
  });
});

const CAMBODIAN =
  'Ankara – 4 Aralık 2026\n\n' +
  "Birlik Başkanı Mehmet Ali Yurt başkanlığındaki heyet, 1-2 Aralık 2026 tarihlerinde Kamboçya'da " +
  'temaslarda bulundu.\n\nHeyet, Kamboçya Tarım Bakanı Ouk Rabun ile görüştü. ';

describe('Cham names and Cambodian places (Turkish)', () => {
  it('reads a mosque’s imam, his office in the possessive before his name, apart from it', () => {
    const read = roles(
      `${CAMBODIAN}Öğleden sonra tarihî Nur Camii'ni ziyaret eden heyeti, caminin İmamı Hasan ` +
        'Yusof karşıladı.',
    );
    expect(read.map((r) => r[0])).not.toContain('İmamı Hasan Yusof');
    expect(read.find((r) => r[0] === 'Hasan Yusof')?.[1]).toBe('İmam');
  });

  it('reads capitalised words before «yarımadasındaki» as a place, no one met', () => {
    expect(
      met(
        `${CAMBODIAN}Öğleden sonra Koh Dach yarımadasındaki Nur Camii'ni ziyaret eden heyeti, ` +
          'caminin İmamı Hasan Yusof karşıladı.',
      ),
    ).not.toContain('Koh Dach');
  });
});

const NIGERIAN =
  'Ankara – 4 Aralık 2026\n\n' +
  "Birlik Başkanı Mehmet Ali Yurt başkanlığındaki heyet, 1-2 Aralık 2026 tarihlerinde Nijerya'da " +
  'temaslarda bulundu.\n\nHeyet, Kano Eyaleti Valisi Abba Sule Yusuf ile görüştü. ';

describe('Kanuri names (Turkish)', () => {
  it('reads a host of given names no list knows, named right before «ağırladı», as met', () => {
    expect(
      roles(
        `${NIGERIAN}Salı günü Kano yolundaki köyde su kuyularını inceleyen heyeti, Kano Kadın ` +
          'Kooperatifleri Birliği Başkanı Hajiya Yakaka Kaltumi Sule ağırladı.',
      ),
    ).toContainEqual(['Yakaka Kaltumi Sule', 'Başkan', 'Kano Kadın Kooperatifleri Birliği']);
  });

  it('reads one who hosted the delegation, «heyeti» before «ağırladı», as met', () => {
    expect(
      met(`${NIGERIAN}Akşam Kano Ticaret Odası Başkanı Yakaka Kaltumi Sule heyeti ağırladı.`),
    ).toContain('Yakaka Kaltumi Sule');
  });
});
