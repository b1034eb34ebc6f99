import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR_DZ =
  "Ankara, 4 Aralık 2026 – Türkiye Enerji Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Cezayir ve Fas'a çalışma ziyareti gerçekleştirdi.\n\n";

describe('an Amazigh particle of descent opening a family name in capitals (Turkish)', () => {
  it('reads «AÏT», «AIT», «ATH» and «N’AÏT» with the capitals after them, in any case ending', () => {
    expect(met(`${TR_DZ}Aksoy, Cezayir Su Bakanı Lunja AÏT MENGUELLET ile görüştü.`)).toEqual([
      'Lunja AÏT MENGUELLET',
    ]);
    expect(met(`${TR_DZ}Aksoy, Fas Enerji Bakanı Menad AIT SAADA'yla bir araya geldi.`)).toEqual([
      'Menad AIT SAADA',
    ]);
    expect(
      met(`${TR_DZ}Aksoy, Cezayir Su Bakanı Idir ATH YENNI'yi makamında ziyaret etti.`),
    ).toEqual(['Idir ATH YENNI']);
    expect(
      met(`${TR_DZ}Heyet, Cezayir Su Bakanı Kahina N'AÏT SAADA tarafından kabul edildi.`),
    ).toEqual(["Kahina N'AÏT SAADA"]);
  });

  it('keeps the particle written as a name is: «Aït», «Ait»', () => {
    expect(
      met(
        `${TR_DZ}Aksoy, Cezayir Su Bakanı Menad Aït Saada'yı ziyaret etti. Üniversite Dekanı Kahina Ait Lhadj'ın ev sahipliğinde bir toplantı yapıldı.`,
      ),
    ).toEqual(['Menad Aït Saada', 'Kahina Ait Lhadj']);
  });
});

const TR_ID =
  "Ankara, 4 Aralık 2026 – Türkiye Enerji Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Endonezya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('an Indonesian given name before initials, after a title (Turkish)', () => {
  it('keeps «Rina» in «Rina T.S. Wulandari» and «Budi» in «Budi G. Sadikin’le»', () => {
    expect(
      met(
        `${TR_ID}Heyet, Endonezya Enerji Bakan Yardımcısı Rina T.S. Wulandari tarafından kabul edildi. Aksoy, aynı gün Sağlık Bakanı Budi G. Sadikin'le görüştü. Ardından Ajans Başkanı Putri H. Lestari'yi ziyaret etti.`,
      ),
    ).toEqual(['Rina T.S. Wulandari', 'Budi G. Sadikin', 'Putri H. Lestari']);
  });

  it('still reads initials alone after a sentence adverb', () => {
    expect(met(`${TR_ID}Ayrıca W. Sutrisno ile de görüşüldü.`)).toEqual(['W. Sutrisno']);
  });

  it('parts a company named with its legal form in capitals from its executive’s office', () => {
    expect(
      roles(
        `${TR_ID}Aksoy, sektörün öncü kuruluşlarından PT Sinar Karya'nın Genel Müdürü Budi G. Sadikin'le bir araya geldi.`,
      ),
    ).toEqual([['Budi G. Sadikin', 'Genel Müdür', 'PT Sinar Karya']]);
  });
});
