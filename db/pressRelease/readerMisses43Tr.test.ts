import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const IRISH =
  'Ankara – 4 Aralık 2026\n\n' +
  "Birlik Başkanı Mehmet Ali Yurt başkanlığındaki heyet, 1-2 Aralık 2026 tarihlerinde İrlanda'da temaslarda bulundu.\n\n";

describe('Irish names (Turkish)', () => {
  it('keeps a surname with an apostrophe before a Turkish case ending', () => {
    expect(
      roles(
        `${IRISH}Heyet, Galway Yün Kurulu Başkanı Seamus O'Donnell'ın ev sahipliğinde düzenlenen toplantıya katıldı.`,
      ),
    ).toEqual([["Seamus O'Donnell", 'Başkan', 'Galway Yün Kurulu']]);
  });

  it('parts a rector’s title from a college named in its own language, its place after it', () => {
    expect(
      roles(`${IRISH}Heyet, son olarak Royal College Sligo Rektörü Niamh Brennan ile görüştü.`),
    ).toEqual([['Niamh Brennan', 'Rektör', 'Royal College Sligo']]);
  });
});

const MEXICAN =
  'Ankara, 3 Aralık 2026\n\n' +
  'Belediye Genel Sekreteri Ali Yurt başkanlığındaki heyet, dört günlük Meksika ziyaretini dün tamamladı.\n\n';

describe('Nahuatl names and Mexican places (Turkish)', () => {
  it('reads capitalised words before «ilçesini» as a district visited, no one met', () => {
    expect(
      met(
        `${MEXICAN}Salı günü heyet, Otomi dilinin konuşulduğu Santa Tierra ilçesini ziyaret etti. ` +
          'Heyeti ilçenin Belediye Başkanı Yaretzi Tonalli Cruz karşıladı.',
      ),
    ).toEqual(['Yaretzi Tonalli Cruz']);
  });

  it('reads a founder who also joined the talks, his title in small letters, as met', () => {
    expect(
      met(
        `${MEXICAN}Heyeti ilçenin Belediye Başkanı Yaretzi Tonalli Cruz karşıladı. ` +
          'Görüşmeye, ilçedeki Otomi dili okulunun kurucusu Citlalli Mixtli Ramos de katıldı.',
      ),
    ).toEqual(['Yaretzi Tonalli Cruz', 'Citlalli Mixtli Ramos']);
  });

  it('reads the mayor of «ilçenin» as the mayor of the district named before', () => {
    expect(
      roles(
        `${MEXICAN}Salı günü heyet, Otomi dilinin konuşulduğu Santa Tierra ilçesini ziyaret etti. ` +
          'Heyeti ilçenin Belediye Başkanı Yaretzi Tonalli Cruz karşıladı.',
      ),
    ).toEqual([['Yaretzi Tonalli Cruz', 'Belediye Başkanı', 'Santa Tierra']]);
  });
});
