import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const ARDA =
  "Ankara, 2 Aralık 2026 — Vakıf Başkanı Selim Arda, 14-16 Aralık tarihlerinde Ruritanya'yı " +
  'ziyaret etti. ';

describe('one whose nationality stands before the name', () => {
  it('keeps "Kenyalı" off the name after a title set off by a comma', () => {
    expect(
      roles(
        `${ARDA}Aynı gün Velmor Örgütü'nün Genel Sekreter Yardımcısı, Kenyalı Amina Wairimu ` +
          'Kamau ile bir görüşme yaptı.',
      ),
    ).toEqual([['Amina Wairimu Kamau', 'Genel Sekreter Yardımcısı', null]]);
  });

  it('keeps "Kanadalı" off the name right after a title', () => {
    expect(
      roles(`${ARDA}Arda, Velmor Örgütü Genel Sekreteri Kanadalı Claire Dubois ile görüştü.`),
    ).toEqual([['Claire Dubois', 'Genel Sekreter', 'Velmor Örgütü']]);
  });

  it('keeps a surname in "-lı" that names a city: "A Konyalı" (guard)', () => {
    expect(met(`${ARDA}Arda, Velmor Valisi Ahmet Konyalı ile görüştü.`)).toEqual(['Ahmet Konyalı']);
  });
});

describe("a priest's style before his name", () => {
  it('keeps "Peder" off the name of the priest visited', () => {
    expect(
      met(
        `${ARDA}Heyet daha sonra Tarvo Kilisesi'nin rahibi Peder Anton Velikov'u ziyaret ederek ` +
          'cemaatin gelenekleri hakkında bilgi aldı.',
      ),
    ).toEqual(['Anton Velikov']);
  });

  it('keeps "Peder" as a given name before a surname alone (guard)', () => {
    expect(met(`${ARDA}Arda, Velmor Belediye Başkanı Peder Halvorsen ile görüştü.`)).toEqual([
      'Peder Halvorsen',
    ]);
  });
});
