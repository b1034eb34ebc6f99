import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR_KG =
  "Bursa, 4 Aralık 2026 – Ticaret Odası Başkanı Selim Aksoy başkanlığındaki heyet, 1-3 Aralık tarihlerinde Kırgızistan ve Özbekistan'ı ziyaret etti.\n\n";

describe('a local or consular office written before a name (Turkish)', () => {
  it('keeps «Kaymakam», «Başkonsolos», «Konsolos» out of the name, in any case', () => {
    expect(
      met(
        `${TR_KG}Heyet, Kaymakam Ayşe Nur Yıldıztepe'yle görüştü. Aksoy ayrıca Başkonsolos Tolga Kuzucu'yu ziyaret etti. Ardından Konsolos Merve Aydınoğlu ile bir araya geldi.`,
      ),
    ).toEqual(['Ayşe Nur Yıldıztepe', 'Tolga Kuzucu', 'Merve Aydınoğlu']);
  });

  it('keeps «Maslahatgüzar», «Başhekim», «Hokim», «Akim» out of the name', () => {
    expect(
      met(
        `${TR_KG}Heyet, Maslahatgüzar Kerem Altınsoy tarafından kabul edildi. Aksoy ayrıca Başhekim Sevgi Karadut'la görüştü. Heyet, Hokim Rustam Aliqulov'la ve Akim Nurlan Beysenov'la da görüştü.`,
      ),
    ).toEqual(['Kerem Altınsoy', 'Sevgi Karadut', 'Rustam Aliqulov', 'Nurlan Beysenov']);
  });

  it('reads the office after a place in the possessive as the title: «Viloyeti Hokimi», «Oblısı Akimi»', () => {
    expect(
      met(
        `${TR_KG}Heyet, Buhara Viloyeti Hokimi Sardor Toshpulatov'la görüştü. Aksoy ayrıca Oş Oblısı Akimi Marat Sultanaliyev tarafından kabul edildi.`,
      ),
    ).toEqual(['Sardor Toshpulatov', 'Marat Sultanaliyev']);
  });

  it('never reads the office’s seat as a person: «Kaymakamlığını», «Başkonsolosluğu»', () => {
    expect(
      met(
        `${TR_KG}Heyet, Kemerli Kaymakamlığını ziyaret etti. Aksoy ayrıca Oş Başkonsolosluğunu ziyaret etti.`,
      ),
    ).toEqual([]);
  });
});

describe('«Vali Yardımcısı» and «Kaymakam» before a name written large (Turkish)', () => {
  it('keeps the title and the name apart', () => {
    expect(
      roles(
        `${TR_KG}Heyet, Vali Yardımcısı Orhan TEKELİOĞLU tarafından kabul edildi. Aksoy ayrıca Kaymakam Nuri ÇALIŞKAN'la görüştü.`,
      ),
    ).toEqual([
      ['Orhan TEKELİOĞLU', 'Vali Yardımcısı', null],
      ['Nuri ÇALIŞKAN', 'Kaymakam', null],
    ]);
  });
});
