import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

const TURKISH_VISIT =
  'Samsun – 4 Aralık 2026\n\n' +
  "Birlik Başkanı Mehmet Ali Yurt, 7-9 Aralık tarihlerinde Romanya'yı ziyaret edecek.\n\n";

const ENGLISH_VISIT =
  'ACCRA, 4 December 2026\n\n' +
  'The President of the Federation, Anna Berg, will visit Ghana from 8 to 10 December.\n\n';

describe('a captain of a port, and a woman pilgrim of West Africa, before a name', () => {
  it('leaves the Turkish «Kaptan» before a name of two words out of the name', () => {
    expect(
      met(
        `${TURKISH_VISIT}Heyet, ilk gün Köstence Liman Başkanı Kaptan Andrei Munteanu ile ` +
          'görüşecek.',
      ),
    ).toEqual(['Andrei Munteanu']);
  });

  it('keeps «Kaptan» as a surname after a given name', () => {
    expect(
      met(`${TURKISH_VISIT}Heyet, ilk gün Köstence Başkonsolosu Selim Kaptan ile görüşecek.`),
    ).toEqual(['Selim Kaptan']);
  });

  it('leaves "Hajia" before a woman\'s name out of the name', () => {
    expect(
      met(
        `${ENGLISH_VISIT}In Tamale she will meet the Municipal Chief Executive, Hajia Amina ` +
          'Sulemana Dawuni.',
      ),
    ).toEqual(['Amina Sulemana Dawuni']);
  });
});
