import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR_AF =
  "Ankara, 4 Aralık 2026 – Türkiye Kara Yolları Genel Müdürü Selim Aksoy, 1-3 Aralık tarihlerinde Afganistan'a çalışma ziyareti gerçekleştirdi.\n\n";

describe('a cleric’s or a notable’s style before a name (Turkish)', () => {
  it('drops «Mevlevi», «Mevlana», «Hacı», «Mir» before the name', () => {
    expect(
      roles(
        `${TR_AF}Aksoy, Afganistan Bayındırlık Bakanı Mevlevi Abdülkerim Sahrai'yle görüştü.`,
      ),
    ).toEqual([['Abdülkerim Sahrai', 'Afganistan Bayındırlık Bakanı', null]]);
    expect(
      met(`${TR_AF}Aksoy, Afganistan Maden Bakanı Mevlana Nurullah Kandahari'yle görüştü.`),
    ).toEqual(['Nurullah Kandahari']);
    expect(
      met(`${TR_AF}Aksoy, Kabil Belediye Başkanı Hacı Abdülrahim Parvani'yle görüştü.`),
    ).toEqual(['Abdülrahim Parvani']);
    expect(
      met(`${TR_AF}Aksoy, Herat Valisi Mir Abdülsattar Han Rindani'yle görüştü.`),
    ).toEqual(['Abdülsattar Han Rindani']);
  });
});

describe('an airline’s name ends in «Hava Yolları» (Turkish)', () => {
  it('reads «X Hava Yolları Başkanı A B» as the Başkan of X Hava Yolları', () => {
    expect(
      roles(`${TR_AF}Aksoy, Pamir Afgan Hava Yolları Başkanı Ahmet Nadir Durrani'yle görüştü.`),
    ).toEqual([['Ahmet Nadir Durrani', 'Başkan', 'Pamir Afgan Hava Yolları']]);
  });
});
