import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VISIT =
  'Ankara – 4 Aralık 2026\n\n' +
  "Birlik Başkanı Mehmet Vural Yurt, 9-11 Aralık tarihlerinde Sudan'ı ziyaret etti.\n\n" +
  "Heyet ilk gün Kasala Eyaleti Valisi Yusuf Ahmed Kerim'le görüştü. ";

describe('a chief of a tribe, «Nazırı», before his name (Turkish)', () => {
  it('leaves «Nazırı» after a genitive out of the name', () => {
    expect(
      met(
        `${VISIT}Heyet, akşam bölgenin en büyük kabilesi olan Bişarin'in Nazırı Yahya Salih ` +
          "Ode'yu ziyaret ederek ailelerin ihtiyaçlarını dinledi.",
      ),
    ).toContain('Yahya Salih Ode');
  });

  it('keeps a given name that ends like a possessive after «Nazırı» in the name', () => {
    expect(met(`${VISIT}Heyet, akşam Bişarin Nazırı Hilmi Salih Ode'yu ziyaret etti.`)).toContain(
      'Hilmi Salih Ode',
    );
  });

  it('reads «Muhtarı» as the title’s end too', () => {
    expect(
      roles(`${VISIT}Heyet, akşam Kasala Mahalle Muhtarı Yahya Salih Ode'yu ziyaret etti.`),
    ).toContainEqual(['Yahya Salih Ode', 'Kasala Mahalle Muhtarı', null]);
  });
});

describe('one with whom the guests saw a place (Turkish)', () => {
  it('reads one named before «ile» and «… inceledi» as met', () => {
    expect(
      roles(
        `${VISIT}Ertesi gün heyet, Kasala Liman Başkanı Kaptan Yahya Kerar Hadib'le limanın ` +
          'doğu rıhtımını inceledi.',
      ),
    ).toContainEqual(['Yahya Kerar Hadib', 'Kasala Liman Başkanı', null]);
  });

  it('reads one named before «ile» and «… gezdi» as met', () => {
    expect(
      met(`${VISIT}Heyet, Fabrika Müdürü Omer Bakri Sati ile üretim tesislerini gezdi.`),
    ).toContain('Omer Bakri Sati');
  });
});

const PHILIPPINES =
  'Ankara – 4 Aralık 2026\n\n' +
  "Dernek Başkanı Mehmet Vural Yurt, 9-11 Aralık tarihlerinde Filipinler'i ziyaret edecek.\n\n";

describe('the Tausug style of a chief, «Panglima», before a name (Turkish and English)', () => {
  it('leaves «Panglima» out of the name after a mayor’s title', () => {
    expect(
      met(
        `${PHILIPPINES}Heyet, Lamitan Belediye Başkanı Panglima Abdulkarim Sulayman Hassan ile ` +
          'bir araya gelecek.',
      ),
    ).toContain('Abdulkarim Sulayman Hassan');
  });

  it('leaves "Panglima" out of the name in English', () => {
    expect(
      met(
        'The Director-General of the Northern Rivers Council, Anna Weller, visited the ' +
          'Philippines on 3 December 2026. She met the Mayor of Lamitan, Panglima Abdulkarim ' +
          'Sulayman Hassan.',
      ),
    ).toContain('Abdulkarim Sulayman Hassan');
  });
});

describe('a hospital’s head physician named by the hospital’s noun (Turkish)', () => {
  it('reads «hastanenin Başhekimi Dr.» as the head physician of the hospital named before', () => {
    expect(
      roles(
        `${PHILIPPINES}Heyet, aynı gün yenilenen Lamitan Şehir Hastanesi'ni ziyaret edecek; ` +
          'hastanenin Başhekimi Dr. Nuraini Sakinah Hassan, heyete yeni cihazlar hakkında bilgi ' +
          'verecek.',
      ),
    ).toContainEqual(['Nuraini Sakinah Hassan', 'Başhekim', 'Lamitan Şehir Hastanesi']);
  });

  it('parts «Hastanesi Başhekimi» into the hospital and the office', () => {
    expect(
      roles(
        `${PHILIPPINES}Heyet, Lamitan Şehir Hastanesi Başhekimi Nuraini Sakinah Hassan ile görüşecek.`,
      ),
    ).toContainEqual(['Nuraini Sakinah Hassan', 'Başhekim', 'Lamitan Şehir Hastanesi']);
  });
});

describe('a ruler’s numeral between the one met and the verb (Turkish)', () => {
  it('reads one named before «ile» as met past «Kral II. …» in the place', () => {
    expect(
      roles(
        'Ankara – 4 Aralık 2026\n\n' +
          "Dernek Başkanı Mehmet Vural Yurt, 9-11 Aralık tarihlerinde Romanya'yı ziyaret etti.\n\n" +
          'Ziyaretin ikinci gününde Tulça Bölge Müftüsü Sabri Rüstem Asan’la Tulça’daki Kral II. ' +
          'Mihail Camii’nde görüşüldü.',
      ),
    ).toContainEqual(['Sabri Rüstem Asan', 'Tulça Bölge Müftüsü', null]);
  });
});

describe('a mufti’s office ends the title before a given name in «-i» (Turkish)', () => {
  it('keeps «Sabri» after «Müftüsü» in the name', () => {
    expect(
      met(
        'Ankara – 4 Aralık 2026\n\n' +
          "Dernek Başkanı Mehmet Vural Yurt, 9-11 Aralık tarihlerinde Romanya'yı ziyaret etti.\n\n" +
          "Heyet, Tulça Bölge Müftüsü Sabri Rüstem Asan'la görüştü.",
      ),
    ).toContain('Sabri Rüstem Asan');
  });
});
