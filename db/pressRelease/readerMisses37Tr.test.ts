import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR_KZ =
  "Ankara, 4 Aralık 2026 – Türkiye Sağlık Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Kazakistan'a çalışma ziyareti gerçekleştirdi.\n\n";

describe('one who is to attend the meeting, named in the genitive (Turkish)', () => {
  it('reads «A B’nin de katılacağı görüşmede» as a meeting with A B', () => {
    expect(
      roles(
        `${TR_KZ}Aksoy, Kazak Tıp Üniversitesi Rektörü Prof. Dr. Marat Serikoviç Kasenov'un da katılacağı görüşmede burs programını tanıtacak.`,
      ),
    ).toEqual([['Marat Serikoviç Kasenov', 'Rektör', 'Kazak Tıp Üniversitesi']]);
    expect(
      met(
        `${TR_KZ}Aksoy, Sağlık Bakan Yardımcısı Aliya Serikova'nın katılacağı toplantıda aşı üretimini ele alacak.`,
      ),
    ).toEqual(['Aliya Serikova']);
  });
});

describe('one who guided the visitors, named in the genitive (Turkish)', () => {
  it('reads «A B’nin rehberliğinde … inceledi» as a meeting with A B', () => {
    expect(
      roles(
        `${TR_KZ}Heyet, Tıp Fakültesi Dekanı Doç. Dr. Marat Kasenov'un rehberliğinde laboratuvarları inceledi.`,
      ),
    ).toEqual([['Marat Kasenov', 'Dekan', 'Tıp Fakültesi']]);
  });
});

describe('a name after a military rank opens with a word ending in «-i» (Turkish)', () => {
  it('keeps «Mahdi», «Fathi» in the name after «Korgeneral», «Tümamiral»', () => {
    expect(
      roles(
        `${TR_KZ}Aksoy, Kenya Ordusu Komutanı Korgeneral Mahdi Hassan Olow'u makamında ziyaret etti.`,
      ),
    ).toEqual([['Mahdi Hassan Olow', 'Kenya Ordusu Komutanı', null]]);
    expect(
      roles(
        `${TR_KZ}Aksoy, Cezayir Deniz Kuvvetleri Komutanı Tümamiral Fathi Ben Amor'u ziyaret etti.`,
      ),
    ).toEqual([['Fathi Ben Amor', 'Cezayir Deniz Kuvvetleri Komutanı', null]]);
  });
});

describe('a Korean name with a hyphen before «’dan bilgi almak» (Turkish)', () => {
  it('reads «A Bo-ra’dan bilgi alacak» as a meeting with A Bo-ra', () => {
    expect(
      roles(
        `${TR_KZ}Heyet, fabrikayı inceleyecek; burada Genel Müdür Yardımcısı Kim Dae-sung'dan bilgi alacak.`,
      ),
    ).toEqual([['Kim Dae-sung', 'Genel Müdür Yardımcısı', null]]);
  });
});

describe('a cleric’s style set off after his title (Turkish)', () => {
  it('reads «X İdaresi Başkanı, Müftü Şeyh A B» as the Başkan of X', () => {
    expect(
      roles(
        `${TR_KZ}Heyet, aynı gün Kırgızistan Müslümanları Dini İdaresi Başkanı, Müftü Şeyh Abdulla Toktosunov tarafından kabul edildi.`,
      ),
    ).toEqual([['Abdulla Toktosunov', 'Başkan', 'Kırgızistan Müslümanları Dini İdaresi']]);
  });
});

describe('a campus named in its own language before its head’s office (Turkish)', () => {
  it('reads «Agro Campus Müdürü A B» as the Müdür of Agro Campus', () => {
    expect(roles(`${TR_KZ}Aksoy, ardından Agro Campus Müdürü Dana Serikova'yla görüştü.`)).toEqual([
      ['Dana Serikova', 'Müdür', 'Agro Campus'],
    ]);
    expect(
      roles(`${TR_KZ}Aksoy, ardından Tarım Kampüsü Müdürü Dana Serikova'yla görüştü.`),
    ).toEqual([['Dana Serikova', 'Müdür', 'Tarım Kampüsü']]);
  });
});
