import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const ARDA =
  "Ankara, 2 Aralık 2026 — Vakıf Başkanı Selim Arda, 14-16 Aralık tarihlerinde Ruritanya'yı " +
  'ziyaret etti. ';

describe('a word of origin before a name', () => {
  it('reads "Yardımcısı, Kenyalı A B C ile görüştü" as A B C', () => {
    expect(
      met(
        `${ARDA}Aynı gün Dünya Su Örgütü'nün Genel Sekreter Yardımcısı, Kenyalı Amina Wekesa ` +
          'Nduta ile bir görüşme yaptı.',
      ),
    ).toEqual(['Amina Wekesa Nduta']);
  });

  it('reads "Almanyalı A B ile görüştü" without the word of origin', () => {
    expect(met(`${ARDA}Başkan Arda, Almanyalı Klaus Renner ile görüştü.`)).toEqual([
      'Klaus Renner',
    ]);
  });

  it('keeps the title before the word of origin as the title', () => {
    expect(
      roles(`${ARDA}Ardından Bakan Yardımcısı Meksikalı Rosa Elena Quiroz ile görüştü.`),
    ).toEqual([['Rosa Elena Quiroz', 'Bakan Yardımcısı', null]]);
  });

  it('keeps a surname that ends like a word of origin after the given name (guard)', () => {
    expect(met(`${ARDA}Başkan Arda, Vali Ahmet Bursalı ile görüştü.`)).toEqual(['Ahmet Bursalı']);
  });
});
