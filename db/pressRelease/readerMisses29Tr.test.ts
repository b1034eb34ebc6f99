import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR_ABROAD =
  "Ankara, 4 Aralık 2026 – Türkiye Uzay Ajansı Başkanı Hasan Çelik, 1-3 Aralık tarihlerinde Nepal ve Çekya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('a surname written as initials ends a name (Turkish)', () => {
  it("reads «A B K.C.'yi» whole, the case ending cut after the initials", () => {
    expect(
      roles(
        `${TR_ABROAD}Çelik, Nepal Maliye Bakanlığı Müsteşarı Ram Bahadur K.C.'yi makamında ziyaret etti.`,
      ),
    ).toEqual([['Ram Bahadur K.C.', 'Müsteşar', 'Nepal Maliye Bakanlığı']]);
  });

  it("reads «A B K.C. ile» and «A B K.C.'yle» whole", () => {
    expect(
      met(`${TR_ABROAD}Çelik, Nepal Turizm Kurulu Genel Müdürü Sita Devi K.C. ile görüştü.`),
    ).toEqual(['Sita Devi K.C.']);
    expect(
      met(`${TR_ABROAD}Çelik, Nepal Turizm Kurulu Genel Müdürü Sita Devi K.C.'yle görüştü.`),
    ).toEqual(['Sita Devi K.C.']);
  });

  it("reads «A B K.C.'nin davetlisi» as the host, and a company's «A.Ş.» as no name's end", () => {
    expect(
      met(
        `${TR_ABROAD}Nepal Enerji Bakanı Hari Bahadur K.C.'nin davetlisi olarak Katmandu'da bulunan Çelik, bakanla görüştü.`,
      ),
    ).toContain('Hari Bahadur K.C.');
    expect(
      met(`${TR_ABROAD}Çelik, Kıyı Gemi Taşıma A.Ş. Genel Müdürü Ali Rıza Kaya ile görüştü.`).some(
        (n) => n.includes('A.Ş.'),
      ),
    ).toBe(false);
  });
});

describe('the name after a bare head met unnamed just before (Turkish)', () => {
  it('reads a name of four words after «Başkan» in the next sentence', () => {
    expect(
      met(
        `${TR_ABROAD}Heyet, Nepal Hac Komitesi tarafından kabul edildi; Komite Başkanı tarafından kabul edildi. Başkan Abdul Karim Shah Miya, hac hazırlıkları hakkında bilgi verdi.`,
      ),
    ).toEqual(['Abdul Karim Shah Miya']);
  });

  it('reads the name after «Dekan Prof. Dr.» when the dean was to be met («görüşecek»)', () => {
    expect(
      met(
        `${TR_ABROAD}Heyet ertesi gün Brno Teknik Üniversitesi Makine Fakültesi Dekanı ile görüşecek. Dekan Prof. Dr. Jiří Hlaváček, fakültenin çalışmaları hakkında bilgi verecek.`,
      ),
    ).toEqual(['Jiří Hlaváček']);
  });

  it('reads a name of three words after «Rektör» when the rector was met («görüştü»)', () => {
    expect(
      met(
        `${TR_ABROAD}Heyet, Katmandu Üniversitesi Rektörü ile görüştü. Rektör Bhola Nath Adhikari, üniversite hakkında bilgi verdi.`,
      ),
    ).toEqual(['Bhola Nath Adhikari']);
  });
});

describe('the Czech and Slovak «Ing.» and «Mgr.» stand before names of a list (Turkish)', () => {
  it("reads «X'ten Ing. A, Ing. B ve Mgr. C'yle» as three people of the body", () => {
    expect(
      roles(
        `${TR_ABROAD}Heyet, Brno'da ČEZ'den Ing. Jiří Dvořák, Mgr. Lukáš Řepka ve Ing. Věra Nováková'yla görüştü.`,
      ),
    ).toEqual([
      ['Jiří Dvořák', null, 'ČEZ'],
      ['Lukáš Řepka', null, 'ČEZ'],
      ['Věra Nováková', null, 'ČEZ'],
    ]);
  });

  it("reads Polish letters in a list: «X'ten Ing. Łucja Wróbel ve Ing. Bożena Kłos'la»", () => {
    expect(
      met(
        `${TR_ABROAD}Heyet, Ostrava'da ŽDB'den Ing. Łucja Wróbel ve Ing. Bożena Kłos'la görüştü.`,
      ),
    ).toEqual(['Łucja Wróbel', 'Bożena Kłos']);
  });
});
