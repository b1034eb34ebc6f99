import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const DERE =
  "Ankara, 2 Aralık 2026 — Vakıf Başkanı Selim Dere, 14-16 Aralık tarihlerinde Ruritanya'yı " +
  'ziyaret etti. ';

describe('the Amharic style of a man before a name of two words', () => {
  it('keeps "Ato" off a name of two words where the release writes "Weyzero" as well', () => {
    expect(
      roles(
        `${DERE}Dere, Velmor Kültür Bakanı Weyzero Almaz Tesfaye ile görüştü. Dere, Velmor ` +
          'Arşivi Genel Müdürü Ato Dawit Gebre ile görüştü.',
      ),
    ).toEqual([
      ['Almaz Tesfaye', 'Velmor Kültür Bakanı', null],
      ['Dawit Gebre', 'Genel Müdür', 'Velmor Arşivi'],
    ]);
  });

  it('keeps "Ato" as a given name where no Amharic style stands (guard)', () => {
    expect(met(`${DERE}Dere, Velmor Arşivi Genel Müdürü Ato Kwesi Mensah ile görüştü.`)).toEqual([
      'Ato Kwesi Mensah',
    ]);
  });
});

describe('a building named before its noun in the locative', () => {
  it('reads no one in the name of a palace where the visitor was received', () => {
    expect(
      met(
        `${DERE}Dere, Zaria Valisi Okon Bassey Ekpo tarafından tarihi Gidan Kobo sarayında ` +
          'kabul edildi.',
      ),
    ).toEqual(['Okon Bassey Ekpo']);
  });

  it('still reads the host named before a building in small letters (guard)', () => {
    expect(
      met(`${DERE}Dere, Zaria Valisi Okon Bassey Ekpo tarafından valilik konağında kabul edildi.`),
    ).toEqual(['Okon Bassey Ekpo']);
  });

  it('still reads a ruler visited in his palace, his name in the accusative before it', () => {
    expect(
      met(
        `${DERE}Heyet, Zaria'nın geleneksel hükümdarı Okon Bassey Ekpo'yu sarayında ` +
          'ziyaret etti.',
      ),
    ).toEqual(['Okon Bassey Ekpo']);
  });
});

describe('a royal style after an office, before the name', () => {
  it('keeps "Prens" off the office of a region\'s emir', () => {
    expect(
      roles(
        `${DERE}Dere, Zaria Bölgesi Emiri Prens Okon bin Bassey Al Ekpo tarafından kabul edildi.`,
      ),
    ).toEqual([['Okon bin Bassey Al Ekpo', 'Zaria Bölgesi Emiri', null]]);
  });

  it('keeps "Prens" as the title where it stands alone (guard)', () => {
    expect(
      roles(`${DERE}Dere, Velmor Kralının oğlu Prens Okon bin Bassey Al Ekpo ile görüştü.`),
    ).toEqual([['Okon bin Bassey Al Ekpo', 'Prens', null]]);
  });
});
