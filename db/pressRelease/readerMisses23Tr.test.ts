import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const TR_HOSTED =
  "Ankara\n4 Mart 2026\n\nSırbistan Yargıtay Başkanı Zoran Pašalić ve beraberindeki heyet, Salı ve Çarşamba günleri Ankara'da temaslarda bulundu.\n\n";

describe('a Turkish family name written in capitals after the given names', () => {
  it('reads «Yargıtay Başkanı Nevzat DURMAZ», «Genel Sekreteri Rıza Nurettin BOZKURT», «ÖZTÜRK’ü», «ÇELİKOĞLU’yla» (Turkish)', () => {
    expect(
      roles(
        `${TR_HOSTED}Yargıtay Başkanı Nevzat DURMAZ, Pašalić'i Salı günü kabul etti. Yargıtay Genel Sekreteri Rıza Nurettin BOZKURT ile Eğitim Merkezi Başkanı Hande YILDIRIM, heyete sunum yaptı. Çarşamba günü Pašalić, Sayıştay Başkanı Fatma ÖZTÜRK'ü makamında ziyaret etti ve Ticaret Bakan Yardımcısı Kaan TEKELİ tarafından kabul edildi. Konuk Başkan, TBMM Dilekçe Komisyonu Başkanı Hasan Basri ÇELİKOĞLU'yla da bir araya geldi.`,
      ),
    ).toEqual([
      ['Nevzat DURMAZ', 'Yargıtay Başkanı', null],
      ['Rıza Nurettin BOZKURT', 'Yargıtay Genel Sekreteri', null],
      ['Hande YILDIRIM', 'Başkan', 'Eğitim Merkezi'],
      ['Fatma ÖZTÜRK', 'Sayıştay Başkanı', null],
      ['Kaan TEKELİ', 'Ticaret Bakan Yardımcısı', null],
      ['Hasan Basri ÇELİKOĞLU', 'Başkan', 'TBMM Dilekçe Komisyonu'],
    ]);
  });
});

const TR_LISBON =
  "Lizbon, 11 Haziran 2026 – Türkiye Rekabet Kurumu Başkanı Ali Kaya, Portekiz'de temaslarda bulundu.\n\n";

describe('the first parts of a body’s name that commas and «ve» join to its last', () => {
  it('reads «Meclisi Dış İlişkiler, Savunma ve Güvenlik Komisyonu Başkanı ile görüştü» as no one (Turkish)', () => {
    expect(
      roles(
        `${TR_LISBON}Kaya, ilk olarak Portekiz Meclisi Dış İlişkiler, Savunma ve Güvenlik Komisyonu Başkanı ile görüştü. Komisyon Başkanı João Pereira, son değişiklikler hakkında bilgi verdi.`,
      ).map((r) => r[0]),
    ).toEqual(['João Pereira']);
  });
});

describe('a body’s name in the dative with no apostrophe', () => {
  it('reads «Portekiz Anayasa Mahkemesine resmî ziyarette bulundu» as no one (Turkish)', () => {
    expect(
      roles(
        `${TR_LISBON}Kaya, Portekiz Anayasa Mahkemesine resmî ziyarette bulundu ve Mahkeme Başkanı João Pereira ile görüştü.`,
      ).map((r) => r[0]),
    ).toEqual(['João Pereira']);
  });
});

describe('a body’s own name in brackets before a title', () => {
  it('reads «Fransa Danıştayı (Conseil d’État) Başkan Yardımcısı Marie-Claude Dubois» as Dubois only (Turkish)', () => {
    expect(
      roles(
        `${TR_LISBON}Kaya, Fransa Danıştayı (Conseil d'État) Başkan Yardımcısı Marie-Claude Dubois ile görüştü.`,
      ).map((r) => r[0]),
    ).toEqual(['Marie-Claude Dubois']);
  });
});

describe('French and Dutch surnames with their particles', () => {
  it('reads «Birinci Başkanı Anne-Laure D’Alembert’i makamında ziyaret etti» as «Anne-Laure D’Alembert» (Turkish)', () => {
    expect(
      roles(
        `${TR_LISBON}Kaya, Portekiz Sayıştayı Birinci Başkanı Anne-Laure D'Alembert'i makamında ziyaret etti.`,
      ).map((r) => r[0]),
    ).toEqual(["Anne-Laure D'Alembert"]);
  });
});

describe('a bureau’s head, parted from the bureau', () => {
  it('reads «Uluslararası İlişkiler Bürosu Başkanı Marta Sousa» as «Başkan» of the bureau (Turkish)', () => {
    expect(
      roles(
        `${TR_LISBON}Kaya, Lizbon'da Uluslararası İlişkiler Bürosu Başkanı Marta Sousa ile görüştü.`,
      ),
    ).toEqual([['Marta Sousa', 'Başkan', 'Uluslararası İlişkiler Bürosu']]);
  });
});
