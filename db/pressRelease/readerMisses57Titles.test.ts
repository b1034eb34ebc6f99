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

describe('an office in small letters set off after the name, and the body it is held in', () => {
  it('reads «a commissioner of the X Commission» after a name in a list', () => {
    expect(
      roles(
        `${ORIEL}On Friday she will meet with Kari Lunde, president of the Teshar Chamber of ` +
          'Commerce, and Olav Strand, a commissioner of the Marsh Lands Commission.',
      ),
    ).toContainEqual(['Olav Strand', 'commissioner', 'Marsh Lands Commission']);
  });

  it('reads «chair of the X Federation» after a name that opens the sentence', () => {
    expect(
      roles(
        `${ORIEL}On Wednesday she travelled to Vell. Ida Varla, chair of the Vell Gardeners ` +
          'Federation, guided the visitors through the gardens.',
      ),
    ).toContainEqual(['Ida Varla', 'chair', 'Vell Gardeners Federation']);
  });

  it('reads a body in small letters after the office: «founder of a women’s … cooperative»', () => {
    const people = roles(
      `${ORIEL}On Tuesday she will hold a round table with Sigrun Moe, founder ` +
        "of a women's weaving cooperative; and Tove Lie, a member of the provincial Elders Council.",
    );
    expect(people).toContainEqual(['Sigrun Moe', 'founder', "women's weaving cooperative"]);
    expect(people).toContainEqual(['Tove Lie', 'member', 'provincial Elders Council']);
  });

  it('reads the rank’s words before the office: «general manager of the X Union»', () => {
    expect(
      roles(
        `${ORIEL}The last day was spent with the union. Kjell Brun, general manager of the ` +
          'Vell Fishers Union, showed the President the works.',
      ),
    ).toContainEqual(['Kjell Brun', 'general manager', 'Vell Fishers Union']);
  });

  it('reads a body in small letters of a place: «president of the community … of X»', () => {
    expect(
      roles(
        `${ORIEL}She visited the village of Moen, where Ms. Eli Dahl, president of the community ` +
          'forestry enterprise of Moen, showed the delegation the sawmill.',
      ),
    ).toContainEqual(['Eli Dahl', 'president', 'community forestry enterprise of Moen']);
  });
});

describe('an office in small letters set off before the name', () => {
  it('reads «the abbot, the Venerable A B» as the abbot', () => {
    expect(
      roles(
        `${ORIEL}At the temple the President will be received by the abbot, the Venerable ` +
          'Tove Lisk, who has gathered seeds since 2009.',
      ),
    ).toContainEqual(['Tove Lisk', 'abbot', null]);
  });

  it('reads «its director, Dr. A B» after the body visited as its director', () => {
    expect(
      roles(
        `${ORIEL}She will visit the Vell Language Institute, where its director, Dr. Ida Varla, ` +
          'will show her the new dictionary.',
      ),
    ).toContainEqual(['Ida Varla', 'director', 'Vell Language Institute']);
  });

  it('reads «the lonko of the community, lonko A B» as the lonko', () => {
    expect(
      roles(
        `${ORIEL}She held a conversation with the lonko of the community, lonko Per Lunt Holm, ` +
          'on land restoration.',
      ),
    ).toContainEqual(['Per Lunt Holm', 'lonko', null]);
  });

  it('reads «the goba (village headman) of X, A B» with the place named', () => {
    expect(
      roles(
        `${ORIEL}In Vell she will meet the goba (village headman) of Vell, Sigrun Moe Bakke, and ` +
          'families who have insured their yaks.',
      ),
    ).toContainEqual(['Sigrun Moe Bakke', 'goba (village headman) of Vell', null]);
  });

  it('reads «… and their chairperson, Make A B of the X Association»', () => {
    expect(
      roles(
        `${ORIEL}There she will meet health workers and their chairperson, Make Liv Dube Holm ` +
          "of the Vell Health Workers' Association, who walk from home to home.",
      ),
    ).toContainEqual(['Liv Dube Holm', 'chairperson', "Vell Health Workers' Association"]);
  });

  it('reads «where she will meet its chair A B» as the chair', () => {
    expect(
      roles(
        `${ORIEL}She will visit the Vell Language Society, where she will meet its chair ` +
          'Ida Varla and teachers of the course.',
      ),
    ).toContainEqual(['Ida Varla', 'chair', 'Vell Language Society']);
  });

  it('gives no title to a group before a name with a plain style (guard)', () => {
    expect(
      roles(`${ORIEL}In Vell she met the fishers, Mr Olav Brenn, and families of the harbour.`),
    ).not.toContainEqual(['Olav Brenn', 'fishers', null]);
  });
});
