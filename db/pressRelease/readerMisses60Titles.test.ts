import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const ORIEL =
  'The President of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('a body named by its own kind of word after the office', () => {
  it('reads «Chairwoman of the X Cooperative» as the chairwoman of that cooperative', () => {
    expect(
      roles(
        `${ORIEL}In Velmora she met Dara Kelso Brann, Chairwoman of the Velmora Highland Tea ` +
          'Cooperative, who showed her the drying sheds.',
      ),
    ).toContainEqual(['Dara Kelso Brann', 'Chairwoman', 'Velmora Highland Tea Cooperative']);
  });

  it('reads a Spanish or Galician «Agrupación» or «Cofradía» as a body', () => {
    const people = roles(
      `${ORIEL}In Lorvo she met Irea Solmar Vidal, President of the Agrupación de Recolectoras ` +
        'de Lorvo, who walked her along the shore. In Bastia she was received by the patrón ' +
        'maior of the Cofradía de Pescadores de Bastia, Xián Brea Toural.',
    );
    expect(people).toContainEqual([
      'Irea Solmar Vidal',
      'President',
      'Agrupación de Recolectoras de Lorvo',
    ]);
    expect(people).toContainEqual([
      'Xián Brea Toural',
      'patrón maior',
      'Cofradía de Pescadores de Bastia',
    ]);
  });
});

describe('a body in the possessive before the office', () => {
  it('reads «the Autonomous Province of X’s Councillor for Y, A B» as that body’s', () => {
    expect(
      roles(
        `${ORIEL}In Lornia she met the Autonomous Province of Lornia's Regional Councillor for ` +
          'Fisheries, Tam Oresby, who presented the coastal plan.',
      ),
    ).toContainEqual([
      'Tam Oresby',
      'Regional Councillor for Fisheries',
      'Autonomous Province of Lornia',
    ]);
  });

  it('reads «the Xunta de X’s Conselleira do Y (gloss), A B» as that body’s, the gloss left out', () => {
    expect(
      roles(
        `${ORIEL}In Lorvo she was received by the Xunta de Lornia's Conselleira da Pesca ` +
          '(regional minister for fishing), Uxa Rial Toba, who presented the coastal plan.',
      ),
    ).toContainEqual(['Uxa Rial Toba', 'Conselleira da Pesca', 'Xunta de Lornia']);
  });
});

describe('a body named by its short name and its city after the office', () => {
  it('reads «Director of ABCD Velmora» as the director of that body', () => {
    expect(
      roles(
        `${ORIEL}She then met Dr Kelt Orsan, Director of INPX Velmora, whose group runs the ` +
          'seismometers in the mine.',
      ),
    ).toContainEqual(['Kelt Orsan', 'Director', 'INPX Velmora']);
  });
});

describe('a head named by his bare office where the visitor went', () => {
  it('reads «visit the X Museum in Y, where Director A B …» as the museum’s director', () => {
    expect(
      roles(
        `${ORIEL}On Friday she will visit the Tessel Museum in Old Varn, where Director Ilse ` +
          'Marren Dost will show her the new gallery.',
      ),
    ).toContainEqual(['Ilse Marren Dost', 'Director', 'Tessel Museum']);
  });
});

const TOUR =
  'Ankara – 4 Aralık 2026\n\n' +
  'Vakıf Genel Başkanı Kerem Ali Tan başkanlığındaki heyet, geçen hafta yurt dışında temaslarda bulundu.\n\n' +
  'Heyet, Yeşilköy Belediye Başkanı Mehmet Akın ile görüştü. ';

describe('a Turkish house of culture, a dervish lodge and an acting head', () => {
  it('reads «X Kültür Evi Müdürü A B» as the head of that house', () => {
    expect(
      roles(`${TOUR}Heyet, Dereköy Halk Kültür Evi Müdürü Ayla Servet ile görüştü.`),
    ).toContainEqual(['Ayla Servet', 'Müdür', 'Dereköy Halk Kültür Evi']);
  });

  it('reads «Evin Müdürü A B» after the house was visited as its head', () => {
    expect(
      roles(
        `${TOUR}Heyet ardından Dereköy Halk Sanatları Evi'ni ziyaret etti. Evin Müdürü Ayla ` +
          'Servet sergiyi heyete tanıttı.',
      ),
    ).toContainEqual(['Ayla Servet', 'Müdür', 'Dereköy Halk Sanatları Evi']);
  });

  it('reads «X Tekkesi Müze Müdürü A B» as the museum head of that lodge', () => {
    expect(
      roles(`${TOUR}Heyet, Kara Dede Tekkesi Müze Müdürü Ayla Servet ile görüştü.`),
    ).toContainEqual(['Ayla Servet', 'Müze Müdürü', 'Kara Dede Tekkesi']);
  });

  it('reads «Rektör Vekili A B» after the university was called at as its acting rector', () => {
    expect(
      roles(
        `${TOUR}Ardından Yeşilova Devlet Üniversitesi'ni ziyaret edecek heyet, Rektör Vekili ` +
          'Doç. Dr. Orhan Pelit ile bir protokol imzalayacak.',
      ),
    ).toContainEqual(['Orhan Pelit', 'Rektör Vekili', 'Yeşilova Devlet Üniversitesi']);
  });

  it('reads «Üniversitenin … Sorumlu Rektör Yardımcısı A B» as the deputy of the one visited', () => {
    expect(
      roles(
        `${TOUR}Salı günü heyet Yeşilova Üniversitesi'ni ziyaret etti. Üniversitenin ` +
          'Araştırmadan Sorumlu Rektör Yardımcısı Prof. Dr. Orhan Pelit ile yapılan görüşmede ' +
          'ortak bir laboratuvar kurulması kararlaştırıldı.',
      ),
    ).toContainEqual([
      'Orhan Pelit',
      'Araştırmadan Sorumlu Rektör Yardımcısı',
      'Yeşilova Üniversitesi',
    ]);
  });
});

describe('a city whose name ends as the Turkish locative does, before its university', () => {
  it('keeps «Zarada Üniversitesi» whole: the city is the body’s name, no place of the meeting', () => {
    expect(
      roles(`${TOUR}Heyet, Zarada Üniversitesi Rektörü Prof. Dr. Orhan Pelit ile görüştü.`),
    ).toContainEqual(['Orhan Pelit', 'Rektör', 'Zarada Üniversitesi']);
  });

  it('still reads a common noun in the locative as the sentence’s opening (guard)', () => {
    expect(
      roles(`${TOUR}Görüşmede Zarada Üniversitesi Rektörü Orhan Pelit de hazır bulundu.`),
    ).toContainEqual(['Orhan Pelit', 'Rektör', 'Zarada Üniversitesi']);
  });
});

describe('a title after a name whose own form in brackets closes before it', () => {
  it('leaves the closing bracket of the name before out of the next title', () => {
    expect(
      roles(
        `${ORIEL}In Lorvo she will meet the President of the Lorvan Society, Ida Brenn (in ` +
          'Lorvan Ida Brennô), the Starost of Lorvo County, Kelt Orsan, and the Mayor of Bastia ' +
          'Tove Lisk.',
      ),
    ).toContainEqual(['Kelt Orsan', 'Starost of Lorvo County', null]);
  });
});

describe('what follows a title before the name and is no part of it', () => {
  it('leaves the title’s own short form in brackets out: «the District Executive Director (DED), A B»', () => {
    expect(
      roles(
        `${ORIEL}In Lorvo she met the District Executive Director (DED), Ida Brenn Vask, who ` +
          'showed her the new market.',
      ),
    ).toContainEqual(['Ida Brenn Vask', 'District Executive Director', null]);
  });
});

describe('a town’s possessive before its head’s office in small letters', () => {
  it('reads «X’s mayor A B» as the Mayor of X', () => {
    expect(
      roles(
        `${ORIEL}On Saturday she drove to Bastia. Bastia's mayor Tove Lisk welcomed the ` +
          'delegation at the mine entrance.',
      ),
    ).toContainEqual(['Tove Lisk', 'Mayor of Bastia', null]);
  });
});

describe('a councillor of a government, whose «Councillor» is no style', () => {
  it('reads «Government Councillor A B» as the Government Councillor', () => {
    expect(
      roles(`${ORIEL}In Lorvo she was received by Government Councillor Ida Brenn Vask.`),
    ).toContainEqual(['Ida Brenn Vask', 'Government Councillor', null]);
  });

  it('still reads «Councillor» alone before a name as a style (guard)', () => {
    expect(
      roles(`${ORIEL}In Lorvo she was received by the Mayor of Lorvo, Councillor Ida Brenn Vask.`),
    ).toContainEqual(['Ida Brenn Vask', 'Mayor of Lorvo', null]);
  });
});
