import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TRADE =
  'İstanbul – 2 Aralık 2026\n\n' +
  "Vakıf Genel Başkanı Mehmet Ali Yurt başkanlığındaki heyet, geçen hafta Bangladeş'te temaslarda bulundu.\n\n";

describe('the head of a body whose building the delegation went to (Turkish)', () => {
  it('reads «X Birliği (XB) binasına geçti. Birliğin Başkanı A B C, … söyledi» as met', () => {
    expect(
      roles(
        `${TRADE}Heyet, ardından Bangladeş Deri Üreticileri Birliği (BDUB) binasına geçti. Birliğin Başkanı Rupa Sultana Khatun, talebin arttığını söyledi.`,
      ),
    ).toEqual([['Rupa Sultana Khatun', 'Başkan', 'Bangladeş Deri Üreticileri Birliği']]);
  });
});

describe('a pilgrim’s style before a Bengali name (Turkish)', () => {
  it('drops «Alhaj» before a name that «Abu» opens', () => {
    expect(
      roles(
        `${TRADE}Heyet, Sylhet Belediye Başkanı Alhaj Abu Karim Chowdhury Rana tarafından kabul edildi.`,
      ),
    ).toEqual([['Abu Karim Chowdhury Rana', 'Sylhet Belediye Başkanı', null]]);
  });
});

const GUEST =
  'Mardin – 3 Aralık 2026\n\n' +
  "İsveç'in Ankara Büyükelçisi Anna Lind Berg, Çarşamba günü ilimize gelerek başladığı iki günlük ziyaretini bugün tamamladı.\n\n";

describe('a given name that opens with a title’s stem (Turkish)', () => {
  it('reads «Şeyhmus» as a given name, not the style «Şeyh»', () => {
    expect(
      met(`${GUEST}Büyükelçi, aynı gün Rektör Prof. Dr. Şeyhmus Kemal Yıldız'la görüştü.`),
    ).toEqual(['Şeyhmus Kemal Yıldız']);
  });
});

describe('Syriac styles and a host by whom the guests were hosted (Turkish)', () => {
  it('drops «Mor» before a metropolitan’s name and reads «tarafından ağırlandı» as met', () => {
    expect(
      roles(
        `${GUEST}Heyet, akşam saatlerinde Süryani Ortodoks Kilisesi Adıyaman Metropoliti Mor Filüksinos Yusuf Çetin tarafından ağırlandı.`,
      ),
    ).toEqual([['Filüksinos Yusuf Çetin', 'Süryani Ortodoks Kilisesi Adıyaman Metropoliti', null]]);
  });

  it('drops «Rahip» between the office and the name', () => {
    expect(roles(`${GUEST}Heyet, Başrahip Yardımcısı Rahip Aho Yakup Bilgiç ile görüştü.`)).toEqual(
      [['Aho Yakup Bilgiç', 'Başrahip Yardımcısı', null]],
    );
  });
});

describe('no person in a day that opens a sentence, nor in a monastery (Turkish)', () => {
  it('reads no one in «Bugün X’e geçen …» nor in «Mor A Manastırı’nı ziyaret etti»', () => {
    expect(
      met(
        `${GUEST}Bugün Hasankeyf'e geçen Büyükelçi Berg, Hasankeyf Kaymakamı Ali Kaya'yla bir araya geldi. Heyet, ardından Mor Yakup Manastırı'nı ziyaret etti.`,
      ),
    ).toEqual(['Ali Kaya']);
  });
});
