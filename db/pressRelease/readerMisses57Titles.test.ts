import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const ORIEL =
  'The President of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('a list of names and the one body they all belong to', () => {
  it('gives the body to each of a list whose names carry styles', () => {
    expect(
      roles(
        `${ORIEL}She later met with Mr. Olav K. Brenn, Mrs. Ida T. Varla and Mr. Pero S. Lunt ` +
          'of the Parliamentary Committee on Water, and with representatives of fishers.',
      ),
    ).toEqual([
      ['Olav K. Brenn', null, 'Parliamentary Committee on Water'],
      ['Ida T. Varla', null, 'Parliamentary Committee on Water'],
      ['Pero S. Lunt', null, 'Parliamentary Committee on Water'],
    ]);
  });

  it('gives the body to each of a list when the topic follows the body', () => {
    expect(
      roles(
        `${ORIEL}On Friday she held a working session with Olav Brenn, Ida Varla and Pero Lunt ` +
          'of the Teshar River Commission Secretariat on the sharing of flood data.',
      ),
    ).toEqual([
      ['Olav Brenn', null, 'Teshar River Commission Secretariat'],
      ['Ida Varla', null, 'Teshar River Commission Secretariat'],
      ['Pero Lunt', null, 'Teshar River Commission Secretariat'],
    ]);
  });
});

const TOUR =
  'Ankara – 4 Aralık 2026\n\n' +
  'Vakıf Genel Başkanı Kerem Ali Tan başkanlığındaki heyet, geçen hafta yurt dışında temaslarda bulundu.\n\n' +
  'Heyet, Yeşilköy Belediye Başkanı Mehmet Akın ile görüştü. ';

describe('a Turkish office one acts in, after the name and before «olarak»', () => {
  it('reads «A B, X Derneği Başkanı olarak …» as the head of that body', () => {
    expect(
      roles(`${TOUR}Orhan Pelit, Yeşilköy Kültür Derneği Başkanı olarak heyete köyü tanıttı.`),
    ).toContainEqual(['Orhan Pelit', 'Başkan', 'Yeşilköy Kültür Derneği']);
  });

  it('reads «A B, X Belediye Başkanı olarak …» as the mayor', () => {
    expect(
      roles(`${TOUR}Orhan Pelit, Dereköy Belediye Başkanı olarak heyete köyü gezdirdi.`),
    ).toContainEqual(['Orhan Pelit', 'Dereköy Belediye Başkanı', null]);
  });

  it('reads «A B da X Fakültesi Dekanı olarak …» as the dean', () => {
    expect(
      roles(`${TOUR}Ali Sarp da Fen Fakültesi Dekanı olarak heyete projeyi tanıtacak.`),
    ).toContainEqual(['Ali Sarp', 'Dekan', 'Fen Fakültesi']);
  });
});
