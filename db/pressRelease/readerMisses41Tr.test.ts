import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TRADE =
  'İstanbul – 2 Aralık 2026\n\n' +
  "Vakıf Genel Başkanı Mehmet Ali Yurt başkanlığındaki heyet, geçen hafta Bangladeş'te temaslarda bulundu.\n\n";

const GUEST =
  'Mardin – 3 Aralık 2026\n\n' +
  "İsveç'in Ankara Büyükelçisi Anna Lind Berg, Çarşamba günü ilimize gelerek başladığı iki günlük ziyaretini bugün tamamladı.\n\n";

describe('one who told the guests of something, named right before the verb (Turkish)', () => {
  it('reads «X’i heyete Müdür A B C anlattı» as met', () => {
    expect(
      met(
        `${GUEST}Heyet, ardından kaleyi gezdi. Kalenin tarihçesini heyete Müze Müdürü Kerem Ali Tan anlattı.`,
      ),
    ).toEqual(['Kerem Ali Tan']);
  });

  it('reads «Heyete X’in işleyişini Başkan A B anlattı» as met', () => {
    expect(
      met(
        `${TRADE}Heyet, limanı gezdi. Heyete limanın işleyişini Khulna Liman İdaresi Başkanı Rafiq Ahmed Sarkar anlattı.`,
      ),
    ).toEqual(['Rafiq Ahmed Sarkar']);
  });
});

describe('«Sheikh» opening a Bengali name (Turkish)', () => {
  it('keeps «Sheikh» before a name that holds a fused given name in «-ul»', () => {
    expect(
      met(
        `${TRADE}Heyet, Khulna Liman İdaresi Başkanı Tuğamiral Sheikh Mohammad Rafiqul Alam ile görüştü.`,
      ),
    ).toEqual(['Sheikh Mohammad Rafiqul Alam']);
  });

  it('keeps «Sheikh» as the style before an Arab name', () => {
    expect(
      met(`${TRADE}Heyet, Katar Ticaret Bakanı Sheikh Hamad bin Faisal Al Thani ile görüştü.`),
    ).toEqual(['Hamad bin Faisal Al Thani']);
  });
});

const STEPPE =
  'Kayseri, 4 Aralık 2026\n\n' +
  "Üniversite Rektörü Prof. Dr. Ali Kaya başkanlığındaki heyet, bu hafta Kazakistan'da temaslarda bulundu.\n\n";

describe('a head named by the body’s noun in small letters, in the genitive (Turkish)', () => {
  it('reads «… tiyatronun Müdürü A B C» as the office of the theatre just called at', () => {
    expect(
      roles(
        `${STEPPE}Salı günü heyet, Almatı Gençlik Tiyatrosu'nu ziyaret etti. Adını bir şairden alan tiyatronun Müdürü Dina Serikovna Amanova, Kazakça oyunlar hakkında bilgi verdi.`,
      ),
    ).toEqual([['Dina Serikovna Amanova', 'Müdür', 'Almatı Gençlik Tiyatrosu']]);
  });
});
