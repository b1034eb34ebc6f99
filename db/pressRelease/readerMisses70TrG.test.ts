import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const ARDA =
  "Ankara, 2 Aralık 2026 — Vakıf Başkanı Selim Arda, 14-16 Aralık tarihlerinde Ruritanya'yı " +
  'ziyaret etti. ';

describe("a host who gives a meal in the guests' honour", () => {
  it('keeps the last word of the name before "heyet onuruna"', () => {
    expect(
      met(`${ARDA}Velmor Belediye Başkanı Juan Carlos Peña Soto heyet onuruna yemek verdi.`),
    ).toEqual(['Juan Carlos Peña Soto']);
  });

  it('reads the place of the meal told after "onuruna": "onuruna belediye sarayında bir öğle yemeği verdi"', () => {
    expect(
      met(
        `${ARDA}Velmor Belediye Başkanı Juan Carlos Peña Soto —kentte herkesin "Juanito" diye ` +
          'tanıdığı başkan— heyet onuruna belediye sarayında bir öğle yemeği verdi.',
      ),
    ).toEqual(['Juan Carlos Peña Soto']);
  });

  it('still reads "A B, Türk heyeti onuruna yemek verdi" (guard)', () => {
    expect(met(`${ARDA}Vali Peter Langdon, Türk heyeti onuruna yemek verdi.`)).toEqual([
      'Peter Langdon',
    ]);
  });
});

describe('a host who guides the guests', () => {
  it('reads "heyete, X Vakfı Direktörü A B de C rehberlik etti" as a meeting', () => {
    expect(
      roles(
        `${ARDA}Sarayı gezen heyete, Tarvo Vakfı Direktörü Tomás Vidal de Ocaña rehberlik etti.`,
      ),
    ).toEqual([['Tomás Vidal de Ocaña', 'Direktör', 'Tarvo Vakfı']]);
  });

  it("leaves Türkiye's own envoy who guides the guests unmet (guard)", () => {
    expect(
      met(`${ARDA}Sarayda heyete Türkiye'nin Madrid Büyükelçisi Kaan Ertem rehberlik etti.`),
    ).toEqual([]);
  });
});
