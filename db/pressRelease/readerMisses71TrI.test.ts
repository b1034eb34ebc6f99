import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const DERE =
  "Ankara, 2 Aralık 2026 — Vakıf Başkanı Selim Dere, 14-16 Aralık tarihlerinde Ruritanya'yı " +
  'ziyaret etti. ';

describe('a style of respect written after the whole name', () => {
  it('keeps "Hanımefendi" off the name of a woman met', () => {
    expect(
      roles(
        `${DERE}Dere, Velmor Ulusal Kütüphanesi Müdürü Dr. Larissa Omba Tevane Hanımefendi ile ` +
          'görüştü.',
      ),
    ).toEqual([['Larissa Omba Tevane', 'Müdür', 'Velmor Ulusal Kütüphanesi']]);
  });

  it('keeps "Beyefendi" off the name of a man met', () => {
    expect(met(`${DERE}Dere, Velmor Valisi Arvid Kolbe Beyefendi ile görüştü.`)).toEqual([
      'Arvid Kolbe',
    ]);
  });

  it('still keeps "Hanım" off a name of two words (guard)', () => {
    expect(met(`${DERE}Dere, Velmor Valisi Selma Tarvo Hanım ile görüştü.`)).toEqual([
      'Selma Tarvo',
    ]);
  });
});
