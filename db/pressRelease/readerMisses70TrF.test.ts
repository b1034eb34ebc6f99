import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VELMOR =
  'Ankara, 8 Mart 2026\n\nTicaret Odası heyeti Ruritanya’da\n\n' +
  'Ticaret Odası Başkanı Kerem Oranlı başkanlığındaki heyet, 6-9 Mart tarihlerinde ' +
  'Ruritanya’yı ziyaret ediyor.\n\n';

describe('a title of the host’s own office in brackets after the Turkish one', () => {
  it('leaves out a one-word office written with Turkish letters: "Valisi (Muhafız) A B"', () => {
    expect(
      roles(`${VELMOR}Heyet, Tarvona Valisi (Kaymakamı) Orhan Velid ile görüştü.`).map((r) => r[1]),
    ).toEqual(['Tarvona Valisi']);
  });

  it('still leaves out an office in the host’s language in small letters (guard)', () => {
    expect(
      roles(`${VELMOR}Heyet, Tarvona Belediye Başkanı (Primar) Orhan Velid ile görüştü.`).map(
        (r) => r[1],
      ),
    ).toEqual(['Tarvona Belediye Başkanı']);
  });

  it('keeps a remit in Turkish of two words in the title (guard)', () => {
    expect(
      roles(
        `${VELMOR}Heyet, Tarvona Belediye Başkan Yardımcısı (Gençlikten Sorumlu) Orhan Velid ` +
          'ile görüştü.',
      ).map((r) => r[0]),
    ).toEqual(['Orhan Velid']);
  });
});

describe('a body named in its own language with its Turkish name in brackets after it', () => {
  it('reads "X Egyesület (Y Derneği) Başkanı A B" as the head of Y Derneği, no one else', () => {
    expect(
      roles(
        `${VELMOR}Aynı gün Velmori Kertész-Egyesület (Velmor Bahçıvanlar Derneği) Başkanı ` +
          'Dr. Tamar Oskell ile de görüşüldü.',
      ),
    ).toEqual([['Tamar Oskell', 'Başkan', 'Velmor Bahçıvanlar Derneği']]);
  });

  it('keeps a person named with the body in brackets after the name (guard)', () => {
    expect(met(`${VELMOR}Heyet, Selma Orvani (Velmor Bahçıvanlar Derneği) ile görüştü.`)).toEqual([
      'Selma Orvani',
    ]);
  });

  it('still leaves out a body’s English name in brackets after its Turkish one (guard)', () => {
    expect(
      met(
        `${VELMOR}Aynı gün Velmor Bahçıvanlar Derneği (Velmor Gardeners Society) Başkanı ` +
          'Tamar Oskell ile de görüşüldü.',
      ),
    ).toEqual(['Tamar Oskell']);
  });
});

describe('one met called again by the given name and "Hanım" or "Bey"', () => {
  it('reads "A Hanım" after "… Başkanı A B" as the same person', () => {
    expect(
      met(
        `${VELMOR}Tarvo Kadın Derneği Başkanı Selma Orvani heyeti dernekte ağırladı. ` +
          'Selma Hanım’ın daveti üzerine bir akşam yemeği verildi.',
      ),
    ).toEqual(['Selma Orvani']);
  });

  it('keeps a name of two words whose surname is "Bey" when no one of that given name is met (guard)', () => {
    expect(met(`${VELMOR}Heyet, Tarvo Valisi Arslan Bey ile görüştü.`)).toEqual(['Arslan Bey']);
  });
});
