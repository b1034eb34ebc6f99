import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

const ORIEL =
  'The President of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

const TOUR =
  'Ankara – 4 Aralık 2026\n\n' +
  'Vakıf Genel Başkanı Kerem Ali Tan başkanlığındaki heyet, geçen hafta yurt dışında temaslarda bulundu.\n\n';

describe('a style the release itself shows to be no given name', () => {
  it('reads "W A B … W B" as A B: the style is said again before the surname alone', () => {
    const names = met(
      `${ORIEL}In Orvel she was received by Tavana Ari Moeroa, the head of the island council. ` +
        'Tavana Moeroa spoke of the lagoon and its fish.',
    );
    expect(names).toContain('Ari Moeroa');
    expect(names).not.toContain('Tavana Ari Moeroa');
  });

  it('reads "W A B" as A B when the release writes "the w" as a common noun', () => {
    const names = met(
      `${ORIEL}In Kessel she was welcomed by Kahuvi Lenno Vaiaru, who chairs the council of ` +
        'elders. In the villages of the coast the kahuvi is chosen by the elders of each clan.',
    );
    expect(names).toContain('Lenno Vaiaru');
    expect(names).not.toContain('Kahuvi Lenno Vaiaru');
  });

  it('reads "W A B" as A B when the release writes "the W" alone', () => {
    const names = met(
      `${ORIEL}On Monday she met Oromane Tessel Arvaki at his house in Dorn. ` +
        'The Oromane was joined by two elders of the upper river.',
    );
    expect(names).toContain('Tessel Arvaki');
    expect(names).not.toContain('Oromane Tessel Arvaki');
  });

  it('reads "W A B", "W C D" and "W E F" as A B, C D and E F: a word before three names', () => {
    const names = met(
      `${ORIEL}In Lorn she met Tamaru Vessa Kolani, the keeper of the reef. In Sela she met ` +
        'Tamaru Orin Dapelu, the head of the fishers. In Vanu she met Tamaru Lisi Varonga, who ' +
        "leads the women's committee.",
    );
    expect(names).toEqual(expect.arrayContaining(['Vessa Kolani', 'Orin Dapelu', 'Lisi Varonga']));
    expect(names).not.toContain('Tamaru Vessa Kolani');
  });

  it('reads "Kr A B" and "Kr C D" as A B and C D: a short style with no vowel before two names', () => {
    const names = met(
      `${ORIEL}In Lorn she met the Mayor of Lorn, Kr Vessa Kolani, and the Deputy Mayor, Kr ` +
        'Orin Dapelu.',
    );
    expect(names).toEqual(expect.arrayContaining(['Vessa Kolani', 'Orin Dapelu']));
    expect(names).not.toContain('Kr Vessa Kolani');
  });

  it('reads "W A B" as A B when the release names the office "W of" a place', () => {
    const names = met(
      `${ORIEL}In Nuvalo she met Saruvai Tomaso Lemuvai, who chaired the council. On Friday ` +
        'she met Saruvai of Teruva Ovaki Peleto.',
    );
    expect(names).toContain('Tomaso Lemuvai');
    expect(names).not.toContain('Saruvai Tomaso Lemuvai');
  });

  it('reads "V W A B" as A B when the release names the office "W of" a place', () => {
    const names = met(
      `${ORIEL}There she was received by the Ulu of the isles and Saruvai of Nuvalo, Tuoro ` +
        'Saruvai Tomaso Lemuvai, who chaired the council. On Friday she met Saruvai of Teruva ' +
        'Ovaki Peleto.',
    );
    expect(names).toContain('Tomaso Lemuvai');
    expect(names).not.toContain('Tuoro Saruvai Tomaso Lemuvai');
  });

  it('reads "W A B … A B said" as A B when A is a known given name', () => {
    const names = met(
      `${ORIEL}On Tuesday she met Varoki Maria Telani, the keeper of the old chapel. ` +
        '"The chapel is older than the town," Maria Telani said.',
    );
    expect(names).toContain('Maria Telani');
    expect(names).not.toContain('Varoki Maria Telani');
  });

  it('reads «W A B’yla … W B’ye» as A B in Turkish', () => {
    const names = met(
      `${TOUR}Heyet daha sonra köyü ziyaret etti ve Tavana Ari Moeroa'yla görüştü. ` +
        "Tavana Moeroa'ya üniversitenin yayınları armağan edildi.",
    );
    expect(names).toContain('Ari Moeroa');
    expect(names).not.toContain('Tavana Ari Moeroa');
  });

  it('reads «W A B» as A B in Turkish when the release writes «köyün w-sı»', () => {
    const names = met(
      `${TOUR}Heyet, Tarla köyünde Kahuvi Lenno Vaiaru ile görüştü. Köyün kahuvisi Vaiaru, ` +
        'heyete köyün tarihini anlattı.',
    );
    expect(names).toContain('Lenno Vaiaru');
    expect(names).not.toContain('Kahuvi Lenno Vaiaru');
  });

  it('reads «A B W» as A B in Turkish when the release writes «aşiretin w-sı C»', () => {
    const names = met(
      `${TOUR}Heyet, Tarla köyünde Sefer Karaduman Bayo ile görüştü. Aşiretin bayosu ` +
        'Karaduman, heyete köyün tarihini anlattı.',
    );
    expect(names).toContain('Sefer Karaduman');
    expect(names).not.toContain('Sefer Karaduman Bayo');
  });
});

describe('a given name the release shows nothing against stays (guards)', () => {
  it('keeps the surname two Turkish men of three words share', () => {
    const names = met(
      `${TOUR}Heyet, Tarla Köyü Muhtarı Bukaro Kalo Mustafu ile görüştü. Görüşmeye köyün imamı ` +
        'Kasimo Lawano Mustafu da katıldı.',
    );
    expect(names).toContain('Bukaro Kalo Mustafu');
  });

  it('keeps a given name two people of the release share', () => {
    const names = met(
      `${ORIEL}In Lorn she met Tamaru Vessa Kolani, the keeper of the reef, and Tamaru ` +
        'Orin Dapelu, the head of the fishers of the bay.',
    );
    expect(names).toEqual(expect.arrayContaining(['Tamaru Vessa Kolani', 'Tamaru Orin Dapelu']));
  });

  it('keeps a known given name before a later mention with the surname alone', () => {
    const names = met(
      `${ORIEL}In Orvel she met Abdurrahman Selim Karavi, the head of the water board. ` +
        'Abdurrahman Karavi showed her the new reservoir.',
    );
    expect(names).toContain('Abdurrahman Selim Karavi');
  });

  it('keeps a double surname said again alone after an unknown given name', () => {
    const names = met(
      `${ORIEL}In Lenz she met the Minister of Works, Ivanoldo Barreto Quintal. Barreto ` +
        'Quintal described the new road to the coast.',
    );
    expect(names).toContain('Ivanoldo Barreto Quintal');
  });

  it('keeps a name of one given name and a surname whole, a style or not', () => {
    const names = met(
      `${ORIEL}In Orvel she met Tavana Moeroa, the head of the island council. Tavana ` +
        'Moeroa spoke of the lagoon.',
    );
    expect(names).toContain('Tavana Moeroa');
  });

  it('keeps a given name that is a common word elsewhere in small letters', () => {
    const names = met(
      `${ORIEL}She met Hope Delia Marrow, the Director of the Orvel Museum, who said the hope ` +
        'of the town was its harbour.',
    );
    expect(names).toContain('Hope Delia Marrow');
  });
});
