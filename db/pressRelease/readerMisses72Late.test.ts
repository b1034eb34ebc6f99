import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

const EN =
  'Velmor, 3 December 2026 — The Secretary-General, Anna Brisk, visited Ruritania on 2 December. ';
const TR =
  "Ankara, 2 Aralık 2026 — Vakıf Başkanı Selim Arda, 14-16 Aralık tarihlerinde Ruritanya'yı ziyaret etti. ";

describe('one the release names as dead, in any of its languages', () => {
  it('leaves out "the late President A B" in English', () => {
    expect(
      met(
        `${EN}She met the Minister of Culture, Tomas Varga, at the museum founded by the late President Imre Kallos.`,
      ),
    ).toEqual(['Tomas Varga']);
  });

  it('leaves out "merhum Cumhurbaşkanı A B" in Turkish, where the style is capitalised', () => {
    expect(
      met(
        `${TR}Arda, Ruritanya Kültür Bakanı Tomas Varga ile görüştü ve merhum Kral Imre Kallos'un mezarını ziyaret etti.`,
      ),
    ).toEqual(['Tomas Varga']);
  });

  it('keeps one met "in the late afternoon" (guard)', () => {
    expect(
      met(`${EN}In the late afternoon she held talks with the Minister of Culture, Tomas Varga.`),
    ).toEqual(['Tomas Varga']);
  });
});
