import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VELMOR =
  'Ankara, 8 Mart 2026\n\nTicaret Odası heyeti Ruritanya’da\n\n' +
  'Ticaret Odası Başkanı Kerem Oranlı başkanlığındaki heyet, 6-9 Mart tarihlerinde ' +
  'Ruritanya’yı ziyaret ediyor.\n\n';

describe('a Turkish host who gives a meal or a tour as it happens', () => {
  it('reads a host who gives a meal, an office of a company and a word of origin before him', () => {
    expect(
      roles(
        `${VELMOR}Akşam, Velmor Ada Konglu iş insanı ve Tarvo Denizcilik Grubu Yönetim Kurulu ` +
          'Başkanı Arno Kell Tam-lo heyet onuruna Nivra’daki bir restoranda yemek veriyor.',
      ),
    ).toEqual([['Arno Kell Tam-lo', 'Yönetim Kurulu Başkanı', 'Tarvo Denizcilik Grubu']]);
  });

  it('reads a host who shows the guests round, told in the present', () => {
    expect(
      roles(
        `${VELMOR}Çarşamba günü ise Tarvo İpek Şirketi Genel Müdürü Lina Sorvell, heyete ` +
          'şirketin fabrikasını gezdiriyor.',
      ),
    ).toEqual([['Lina Sorvell', 'Genel Müdür', 'Tarvo İpek Şirketi']]);
  });

  it('keeps a host who gives a meal after a comma (guard)', () => {
    expect(
      roles(`${VELMOR}Akşam, Tarvo Vakfı Başkanı Arno Kell, heyet onuruna bir akşam yemeği verdi.`),
    ).toEqual([['Arno Kell', 'Başkan', 'Tarvo Vakfı']]);
  });

  it('keeps one of a land named by origin who is met by name (guard)', () => {
    expect(met(`${VELMOR}Oranlı, Velmorlu yazar Arno Kell ile görüştü.`)).toEqual(['Arno Kell']);
  });
});
