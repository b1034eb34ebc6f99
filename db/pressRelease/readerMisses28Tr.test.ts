import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

const TR_ABROAD =
  "Ankara, 4 Aralık 2026 – Türkiye Uzay Ajansı Başkanı Hasan Çelik, 1-3 Aralık tarihlerinde Norveç ve Polonya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('an academic title or a bare office inside a list opens the next name (Turkish)', () => {
  it("reads «Prof. Dr. A, Doç. Dr. B ve Dr. C'yle» as three people of the body", () => {
    expect(
      roles(
        `${TR_ABROAD}Heyet, Oslo Üniversitesi'nden Prof. Dr. Ingrid Solberg, Doç. Dr. Lars Haugen ve Dr. Kari Nordby'yle görüştü.`,
      ),
    ).toEqual([
      ['Ingrid Solberg', null, 'Oslo Üniversitesi'],
      ['Lars Haugen', null, 'Oslo Üniversitesi'],
      ['Kari Nordby', null, 'Oslo Üniversitesi'],
    ]);
  });

  it("reads «Prof. A, Dr. B ve Dr. C'le» with letters of the Baltic and Nordic alphabets", () => {
    expect(
      roles(
        `${TR_ABROAD}Heyet, Varşova Teknik Üniversitesi'nden Prof. Łucja Wołek, Dr. Øystein Åsgård ve Dr. Gintarė Ūsaitė'yle görüştü.`,
      ),
    ).toEqual([
      ['Łucja Wołek', null, 'Varşova Teknik Üniversitesi'],
      ['Øystein Åsgård', null, 'Varşova Teknik Üniversitesi'],
      ['Gintarė Ūsaitė', null, 'Varşova Teknik Üniversitesi'],
    ]);
  });

  it('reads plain names before «ve Prof. Dr. C»', () => {
    expect(
      roles(
        `${TR_ABROAD}Heyet, Bergen Üniversitesi'nden Sigrid Lunde, Erik Dahl ve Prof. Dr. Nils Berge'yle görüştü.`,
      ),
    ).toEqual([
      ['Sigrid Lunde', null, 'Bergen Üniversitesi'],
      ['Erik Dahl', null, 'Bergen Üniversitesi'],
      ['Nils Berge', null, 'Bergen Üniversitesi'],
    ]);
  });

  it('reads lawyers written «Av.» as people, the abbreviation no end of the sentence', () => {
    expect(
      roles(
        `${TR_ABROAD}Heyet, Varşova Barosu'ndan Av. Tomasz Wilk, Av. Marta Sowa ve Av. Pawel Kruk'la görüştü.`,
      ),
    ).toEqual([
      ['Tomasz Wilk', null, 'Varşova Barosu'],
      ['Marta Sowa', null, 'Varşova Barosu'],
      ['Pawel Kruk', null, 'Varşova Barosu'],
    ]);
  });

  it('reads «A, Dr. B ve Büyükelçi C ile»: the ambassador keeps his office', () => {
    expect(
      roles(
        `${TR_ABROAD}Heyet, Oslo Üniversitesi'nden Prof. Bjørn Vik, Dr. Åse Moen ve Büyükelçi Tor Lie ile görüştü.`,
      ),
    ).toEqual([
      ['Bjørn Vik', null, 'Oslo Üniversitesi'],
      ['Åse Moen', null, 'Oslo Üniversitesi'],
      ['Tor Lie', 'Büyükelçi', null],
    ]);
  });

  it('still reads a title whose parts «ve» joins: "Yüksek Teknoloji ve Ulaştırma Bakanı A B"', () => {
    expect(
      roles(
        `${TR_ABROAD}Çelik, Norveç Dijitalleşme ve Kamu Yönetimi Bakanı Karianne Tung ile görüştü.`,
      ),
    ).toEqual([['Karianne Tung', 'Norveç Dijitalleşme ve Kamu Yönetimi Bakanı', null]]);
  });
});

const OPENING =
  'Ankara, 4 Aralık 2026 – Türkiye Kalkınma Ajansı Başkanı Hasan Çelik başkanlığındaki heyet';
const LATER_DAY =
  "2 Aralık'ta Estonya Ekonomi Bakanı Mart Kask tarafından kabul edilen Çelik, daha sonra Tartu Üniversitesi'nden Prof. Liis Tamm ve Dr. Peeter Saar'la fikir alışverişinde bulundu.";

describe('a period told first holds a day told later, whatever words tell each (Turkish)', () => {
  it.each([
    ['1-3 Aralık tarihlerinde', '2026-12-01', '2026-12-03'],
    ['1-3 Aralık tarihleri arasında', '2026-12-01', '2026-12-03'],
    ['1 ile 3 Aralık arasında', '2026-12-01', '2026-12-03'],
    ['1 Aralık ile 3 Aralık arasında', '2026-12-01', '2026-12-03'],
    ['30 Kasım-2 Aralık tarihlerinde', '2026-11-30', '2026-12-02'],
    ['30 Kasım ile 2 Aralık arasında', '2026-11-30', '2026-12-02'],
    ["1'den 3 Aralık'a kadar", '2026-12-01', '2026-12-03'],
  ])("reads «%s» before «2 Aralık'ta … bulundu» as the whole visit", (when, start, end) => {
    expect(
      visitOf(`${OPENING}, ${when} Estonya'da bir dizi görüşme gerçekleştirdi.\n\n${LATER_DAY}`),
    ).toEqual({ country: 'EE', start, end });
  });

  it('reads «1 ile 3 Aralık arasında» alone as a period', () => {
    expect(
      visitOf(
        `${OPENING}, 1 ile 3 Aralık arasında Estonya'ya çalışma ziyareti gerçekleştirdi. Tallinn'de Estonya Ekonomi Bakanı Mart Kask'la görüştü.`,
      ),
    ).toEqual({ country: 'EE', start: '2026-12-01', end: '2026-12-03' });
  });

  it('keeps the one day of the visit when a period is told only after it', () => {
    expect(
      visitOf(
        `${OPENING}, 2 Aralık'ta Estonya'yı ziyaret etti.\n\nÇelik, Tallinn'de Estonya Ekonomi Bakanı Mart Kask'la görüştü. Bakanlık, 1-3 Aralık tarihlerinde bir fuar düzenledi.`,
      ),
    ).toEqual({ country: 'EE', start: '2026-12-02', end: '2026-12-02' });
  });
});

describe('a meeting told after a long subject matter (Turkish)', () => {
  it("reads «A, B ve C'yle … nine words … toplantısı yapacak» as a meeting", () => {
    expect(
      roles(
        `${TR_ABROAD}Çarşamba günü heyet, Oslo Üniversitesi'nden Dr. Tove Ruud, Dr. Arne Holm ve Dr. Eli Bakke'yle uydu verileri ve iklim verilerinin paylaşımı konularında bir çalışma toplantısı yapacak.`,
      ),
    ).toEqual([
      ['Tove Ruud', null, 'Oslo Üniversitesi'],
      ['Arne Holm', null, 'Oslo Üniversitesi'],
      ['Eli Bakke', null, 'Oslo Üniversitesi'],
    ]);
  });
});
