import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

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
