import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const TOUR =
  'Ankara – 4 Aralık 2026\n\n' +
  'Vakıf Genel Başkanı Kerem Ali Tan başkanlığındaki heyet, geçen hafta yurt dışında temaslarda bulundu.\n\n';

const ORIEL =
  'The President of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('a body named after the office by the last word of its own kind', () => {
  it('reads «Chairman of the X Pradeshiya Sabha» as the chairman of that council', () => {
    expect(
      roles(
        `${ORIEL}In Velmora she met the Chairman of the Korunthalai Pradeshiya Sabha, Mr ` +
          'Velupillai Arasaratnam, who showed her the returned land.',
      ),
    ).toContainEqual(['Velupillai Arasaratnam', 'Chairman', 'Korunthalai Pradeshiya Sabha']);
  });

  it('reads a sanctuary, a heritage site and a federation in small letters as bodies', () => {
    const people = roles(
      `${ORIEL}The Secretary of the Nerhema Forest and Hornbill Sanctuary, Ms Atuonuo Savi, ` +
        'will lead a walk. The Site Manager of the Bwerenga Tombs World Heritage Site, Mr ' +
        'Peter Mukasa Lwanga, showed the visitors the work. At Tavuri the President of the ' +
        'Tuhi Kava federation, Mr Moana Tepairu, presented its work.',
    );
    expect(people).toContainEqual([
      'Atuonuo Savi',
      'Secretary',
      'Nerhema Forest and Hornbill Sanctuary',
    ]);
    expect(people).toContainEqual([
      'Peter Mukasa Lwanga',
      'Site Manager',
      'Bwerenga Tombs World Heritage Site',
    ]);
    expect(people).toContainEqual(['Moana Tepairu', 'President', 'Tuhi Kava federation']);
  });

  it('reads a «Mejlis» as a body, as a «Majlis» is', () => {
    expect(
      roles(
        `${ORIEL}In Velmora she met the Deputy Chairman of the Mejlis of the Orun Tatar People, ` +
          'Arslan Karayev, who spoke of the schools.',
      ),
    ).toContainEqual(['Arslan Karayev', 'Deputy Chairman', 'Mejlis of the Orun Tatar People']);
  });

  it('keeps a region after «of the» in the title (guard)', () => {
    expect(
      roles(
        `${ORIEL}In Velmora she met the Governor of the Eastern Province, Mr Ruwan ` +
          'Talagala, who spoke of the roads.',
      ),
    ).toContainEqual(['Ruwan Talagala', 'Governor of the Eastern Province', null]);
  });
});

describe('a body in the possessive before an office in small letters', () => {
  it('reads «X Municipality’s leading councillor (word) A B» as that body’s councillor', () => {
    expect(
      roles(
        `${ORIEL}In Velmora she will meet Velmora Municipality's leading councillor ` +
          '(kommunalråd) Britta Oja Lanto to discuss the language centre.',
      ),
    ).toContainEqual(['Britta Oja Lanto', 'Leading councillor', 'Velmora Municipality']);
  });
});

describe('a board named after the office, of a body named after it', () => {
  it('reads «Chair of the Municipal Executive Board of X Municipality» as held in X', () => {
    const people = roles(
      `${ORIEL}In Velmora she met the Chair of the Municipal Executive Board of Velmora ` +
        'Municipality, Per-Anders Niemi, at the town hall. In Sarvi she was received by ' +
        'Maj-Britt Kallio Rova, Chair of the Municipal Executive Board of Sarvi Municipality.',
    );
    expect(people).toContainEqual([
      'Per-Anders Niemi',
      'Chair of the Municipal Executive Board',
      'Velmora Municipality',
    ]);
    expect(people).toContainEqual([
      'Maj-Britt Kallio Rova',
      'Chair of the Municipal Executive Board',
      'Sarvi Municipality',
    ]);
  });

  it('still reads «Chairman of the X Development Board» as the board’s chairman (guard)', () => {
    expect(
      roles(
        `${ORIEL}In Velmora she met the Chairman of the Velmora Tea Development Board, Mr ` +
          'Oskar Lindqvist, who showed her the estates.',
      ),
    ).toContainEqual(['Oskar Lindqvist', 'Chairman', 'Velmora Tea Development Board']);
  });
});

describe('a municipality’s executive board before its chair’s office (Turkish)', () => {
  it('reads «X Belediyesi Yürütme Kurulu Başkanı A B» as the board’s chair in the municipality', () => {
    expect(
      roles(
        `${TOUR}Heyet, Velmora Belediyesi Yürütme Kurulu Başkanı Leyla Demir Berg ile görüştü.`,
      ),
    ).toContainEqual(['Leyla Demir Berg', 'Yürütme Kurulu Başkanı', 'Velmora Belediyesi']);
  });
});

describe('a body called at whose name holds spaced initials after a place (Turkish)', () => {
  it('reads «X-Y A. B. Z Devlet Üniversitesi’ni ziyaret edecek olan …, Rektör …» whole', () => {
    expect(
      roles(
        `${TOUR}Salı günü Velmora-Kara A. B. Dorukov Devlet Üniversitesi'ni ziyaret edecek olan ` +
          'Başkan Tan, Rektör Prof. Dr. Elif Hamidovna Kaya ile protokolü imzalayacak.',
      ),
    ).toContainEqual([
      'Elif Hamidovna Kaya',
      'Rektör',
      'Velmora-Kara A. B. Dorukov Devlet Üniversitesi',
    ]);
  });
});

describe('a body named before and again by its kind in the possessive', () => {
  it('reads «… the X University … The university’s Rector, A B» as the rector of X University', () => {
    expect(
      roles(
        `${ORIEL}On Wednesday she visited the K. L. Dorvan Velmora State University, which ` +
          'moved to the capital in 2015. The university’s Rector, Professor Ilkan Sertovych ' +
          'Temirov, showed her the new philology programme.',
      ),
    ).toContainEqual([
      'Ilkan Sertovych Temirov',
      'Rector',
      'K. L. Dorvan Velmora State University',
    ]);
  });
});
