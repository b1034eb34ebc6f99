import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

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
