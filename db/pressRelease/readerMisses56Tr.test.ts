import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

const TOUR =
  'Ankara – 4 Aralık 2026\n\n' +
  "Vakıf Genel Başkanı Kerem Ali Tan başkanlığındaki heyet, geçen hafta yurt dışında temaslarda bulundu.\n\n";

describe('a style of a cleric, a councillor or a Kun captain before a name (Turkish)', () => {
  it('reads «İmamı Molla A B’yi ziyaret etti» as A B', () => {
    expect(
      met(`${TOUR}Heyet burada Yeşiltepe Köyü İmamı Molla Nurmuhammet Ataýew'i ziyaret etti.`),
    ).toEqual(['Nurmuhammet Ataýew']);
  });

  it('reads the Turkmen «Cuma İmamı Ahun A B» as A B', () => {
    expect(
      met(`${TOUR}Heyet, öğleden sonra Bender Cuma İmamı Ahun Gurbanberdi Orazow'u ziyaret etti.`),
    ).toEqual(['Gurbanberdi Orazow']);
  });

  it('reads the Australian councillor’s «Cr A B» as A B', () => {
    expect(met(`${TOUR}Heyeti Darebin Belediye Başkanı Cr Ayla Demirtas karşıladı.`)).toEqual([
      'Ayla Demirtas',
    ]);
  });

  it('reads the Hungarian «Kunkapitány A B» as A B', () => {
    expect(
      met(
        `${TOUR}Heyet, Kunlar Derneği Başkanı Kunkapitány Tóth Erzsébet'in ev sahipliğinde düzenlenen törene katıldı.`,
      ),
    ).toEqual(['Tóth Erzsébet']);
  });

  it('keeps «Molla» that ends a name as the surname (guard)', () => {
    expect(met(`${TOUR}Heyet, Köy Muhtarı Berkay Molla ile görüştü.`)).toEqual(['Berkay Molla']);
  });
});
