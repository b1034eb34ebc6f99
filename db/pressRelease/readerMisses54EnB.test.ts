import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met, roles } from '../test/peopleMet.js';

const lead =
  'The Director-General of the Northern Rivers Council, Anna Weller, was in Ruritania from ' +
  'Monday 30 November to Wednesday 2 December 2026. ';

describe('a name’s own form in another script in brackets after it', () => {
  it('reads no second person in the Cyrillic form after the name', () => {
    expect(
      met(
        `${lead}She held talks with the Mayor of Velkovo, Mr Boris Hrabec (Борис Грабец), and ` +
          'with Ms Lenka Mrazik, President of the Upland Weavers Society.',
      ),
    ).toEqual(['Boris Hrabec', 'Lenka Mrazik']);
  });

  it('leaves a form named by its language out of the name', () => {
    expect(
      roles(
        `${lead}She met the Chairman of the Velkovo Region, Mr Boris Hrabec (in Lemko: Борис ` +
          'Грабец), on schools.',
      ),
    ).toEqual([['Boris Hrabec', 'Chairman of the Velkovo Region', null]]);
  });

  it('leaves a body’s name in another script out of the title', () => {
    expect(
      roles(
        `${lead}She had lunch with Boris Hrabec, Chairman of Upland Weavers Society ` +
          '(Горске ткацке товариство), and the teachers.',
      ),
    ).toContainEqual(['Boris Hrabec', 'Chairman', 'Upland Weavers Society']);
  });
});

describe('a name’s form in the own language in brackets after it, in Latin letters', () => {
  it('reads no person in a body’s own-language name after it', () => {
    expect(
      roles(
        `${lead}She met Ms Lenka Mrazik, President of the Upland Weavers Society (Towarzystwo ` +
          'Tkaczy Górskich), on the festival.',
      ),
    ).toEqual([['Lenka Mrazik', 'President', 'Upland Weavers Society']]);
  });

  // A guard: the name of a body's head in brackets after a title that names no one yet.
  it('still reads the head named in brackets after the title and the body', () => {
    expect(
      met(
        `${lead}She held talks with the Vice Chairwoman of the Karo River Committee (Hilda Voss).`,
      ),
    ).toEqual(['Hilda Voss']);
  });

  it('reads the host whose name in the own language follows in brackets', () => {
    expect(
      met(
        `${lead}In Velkovo (Velcuf), Mayor Dario Fornasin (Dari Fornasin in Ladin) showed the ` +
          'visitors the rebuilt church.',
      ),
    ).toEqual(['Dario Fornasin']);
  });
});

describe('a town whose name towns of several countries share', () => {
  it('goes to the country the release names', () => {
    const { visit } = extractDraft(
      'The Secretary-General of the Harbour Council, Anna Weller, was in Chile from 30 November ' +
        'to 2 December 2026. In San Antonio, she met the Mayor, Jorge Pellegrini Vidal, and ' +
        'visited the port.',
    );
    expect(visit.places[0]).toEqual({ city: 'San Antonio', country: 'CL' });
  });

  // A guard: a town named alone, in a release naming no country that has one of that name.
  it('keeps the biggest town of the name when the release names no such country', () => {
    const { visit } = extractDraft(
      'The Secretary-General of the Harbour Council, Anna Weller, visited San Antonio from 30 ' +
        'November to 2 December 2026. She met the Mayor, Jorge Pellegrini Vidal.',
    );
    expect(visit.places[0]).toEqual({ city: 'San Antonio', country: 'US' });
  });
});

describe('a host acting in the clause of a place, after those met', () => {
  it('reads one who shows the delegation round after a meeting in the same sentence', () => {
    expect(
      met(
        `${lead}In Karo she met the Governor of the Karo Comarca, Aldo Pinzon Ruiz, and visited ` +
          'the village of Vel, where Ms. Hilda Voss Marin, president of the Vel timber ' +
          'enterprise, showed the delegation the sawmill.',
      ),
    ).toEqual(['Aldo Pinzon Ruiz', 'Hilda Voss Marin']);
  });
});

describe('a host who takes the visitors to a place', () => {
  it('reads one named after the title who took them to a site, after "There"', () => {
    expect(
      roles(
        `${lead}She drove to Karo. There the Managing Director of the Karo Tidal Centre, Dr ` +
          'Hilda Voss, took them to the test site and explained the turbines.',
      ),
    ).toEqual([['Hilda Voss', 'Managing Director', 'Karo Tidal Centre']]);
  });
});

describe('one who goes out with the visitor, named by the title', () => {
  it('reads a harbour master who sails out with the delegation', () => {
    expect(
      met(
        `${lead}On Wednesday the delegation went out into Karo Sound with the Harbour Master of ` +
          'Karo Ports, Captain Aldo Pinzon, to see the anchorage.',
      ),
    ).toEqual(['Aldo Pinzon']);
  });

  it('reads the title after a body whose name carries combining marks', () => {
    expect(
      met(
        `${lead}On Thursday she flew to Karo, on Lake Vel, with the Dǫ̀ı̨ Government's Director ` +
          'of Lands, Aldo Pinzon, to see a caribou program.',
      ),
    ).toEqual(['Aldo Pinzon']);
  });

  it('reads the head of the place toured, named by "its" and a title in small letters', () => {
    expect(
      roles(`${lead}Guided tour of the Karo Museum of Weaving with its director, Aldo Pinzon.`),
    ).toEqual([['Aldo Pinzon', 'Director', 'Karo Museum of Weaving']]);
  });
});

describe('a programme’s line of a reception by the host', () => {
  it('reads the host who gives the reception, the venue between', () => {
    expect(
      roles(
        `${lead}Tuesday 1 December – Karo\nReception at the town hall by Mayor of Karo Hilda ` +
          'Vossova. Visit to the weaving school.',
      ),
    ).toEqual([['Hilda Vossova', 'Mayor of Karo', null]]);
  });
});

describe('a second host after "and by"', () => {
  it('reads the title of one received by after the first', () => {
    expect(
      roles(
        `${lead}It was received by the Chief of the Karo Council, Mr. Aldo Pinzon, and by the ` +
          'Elder of Vel Island, Hilda Voss, who explained the move.',
      ),
    ).toEqual([
      ['Aldo Pinzon', 'Chief', 'Karo Council'],
      ['Hilda Voss', 'Elder of Vel Island', null],
    ]);
  });
});

describe('a host whose name is followed by an aside between dashes', () => {
  it('reads the mayor who guided the delegation, the town’s own name in brackets before', () => {
    expect(
      roles(
        `${lead}In Velkovo (Velcuf), the mayor, Hilda Voss – Hildi to her neighbours – guided ` +
          'the delegation through the rebuilt church.',
      ),
    ).toEqual([['Hilda Voss', 'Mayor of Velkovo', null]]);
  });
});
