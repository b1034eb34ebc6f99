import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const ORIEL =
  'The President of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('a Polish region’s head titled before the name with no comma', () => {
  it('reads "Voivodeship" as the region a Marshal is of, not a word of the name', () => {
    expect(
      roles(`${ORIEL}She met Marshal of the Lubovian Voivodeship Radosław Kmieciak in Orvel.`),
    ).toContainEqual(['Radosław Kmieciak', 'Marshal of the Lubovian Voivodeship', null]);
  });
});

describe('a host who will receive the visitor named by the title alone', () => {
  it('reads the host of the clause of the place as met', () => {
    expect(
      roles(
        `${ORIEL}The visit will open in Orvel, where Mayor Radosław Kmieciak will receive the ` +
          'President at the town hall.',
      ),
    ).toContainEqual(['Radosław Kmieciak', 'Mayor', null]);
  });
});

describe('a visit the host tells, the visitor hosted on a visit', () => {
  const hosted =
    'Orvel, 2 December 2026\n\nThe Minister of Forests, Tilde Marangu, hosted the President of ' +
    'the Harbour Trade Agency, Jarno Vellikan, on a three-day working visit to Ruritania.';

  it('takes the host named after his title as met, never the visitor', () => {
    expect(met(hosted)).toEqual(['Tilde Marangu']);
  });

  it('takes a host whose title lists its fields with commas', () => {
    expect(
      met(
        'Orvel, 2 December 2026\n\nThe Minister of Forests, Rivers and Wildlife, Tilde dos Reis ' +
          'Marangu, hosted the President of the Harbour Trade Agency, Jarno Vellikan, on a ' +
          'three-day working visit to Ruritania.',
      ),
    ).toEqual(['Tilde dos Reis Marangu']);
  });
});

describe('a Timorese host named with a nom de guerre in quotes after the name', () => {
  it('reads the name without the nom de guerre, what he is set off after it', () => {
    expect(
      roles(
        `${ORIEL}The President of the Municipal Authority of Orvel, Belmiro de Sousa Tilman ` +
          '"Kuda Mutin", a veteran of the resistance, welcomed the visitors and presented a plan.',
      ),
    ).toContainEqual(['Belmiro de Sousa Tilman', 'President', 'Municipal Authority of Orvel']);
  });

  it('reads a name with a nom de guerre after "met"', () => {
    expect(
      met(`${ORIEL}She met the Mayor of Orvel, Belmiro de Sousa Tilman "Kuda Mutin", in Orvel.`),
    ).toEqual(['Belmiro de Sousa Tilman']);
  });
});

describe('a Timorese village head and an elder who explain something together', () => {
  const explained =
    `${ORIEL}The Chefe de Suco of Vessa, Marcelina Pires da Costa, and the customary elder ` +
    '(lia-nain) Tomé Lari Kailoro explained how the customary ban protects the fields.';

  it('reads "Chefe" as the head of a village', () => {
    expect(roles(explained)).toContainEqual([
      'Marcelina Pires da Costa',
      'Chefe de Suco of Vessa',
      null,
    ]);
  });

  it('reads the elder named after his office in small letters, with no comma', () => {
    expect(met(explained)).toContain('Tomé Lari Kailoro');
  });
});

describe('a name in another language in brackets after a name', () => {
  it('reads "(in X …)" as the person’s other name, no part of the next title', () => {
    expect(
      roles(
        `${ORIEL}She met the President of the Lake Society, Halina Brzuska (in Kashubian Halina ` +
          'Brzëskô), the Starost of Orvel County, Witold Kaszyk, and others.',
      ),
    ).toContainEqual(['Witold Kaszyk', 'Starost of Orvel County', null]);
  });

  it('reads a host who opens the sentence with his name’s other form in brackets', () => {
    expect(
      roles(
        `${ORIEL}The Director of the Orvel Museum of Letters, Witold Kaszyk (Witold Kaszëk), ` +
          'will present the project to digitise the manuscripts.',
      ),
    ).toContainEqual(['Witold Kaszyk', 'Director', 'Orvel Museum of Letters']);
  });
});

describe('a head of the place named after "its" and an office in small letters', () => {
  it('reads the head who presents, after a long clause of the place', () => {
    expect(
      met(
        `${ORIEL}At the school named after Orlo a Vensch, the monk and botanist from Tarvel, its ` +
          'director Sina Cadonau Parli presented the curriculum and the results of a survey.',
      ),
    ).toContain('Sina Cadonau Parli');
  });
});

describe('a town’s office in its own language, two words before the name', () => {
  const spoke =
    `${ORIEL}In Tarvel capo cumünal Duri Men Clalüna spoke about the language of the town ` +
    'hall, and the curator of the Tarvel Museum, Ladina Sarott-Puorger, guided the visitors ' +
    'through the collection.';

  it('reads the office opening the sentence and the host who speaks after it', () => {
    expect(met(spoke)).toContain('Duri Men Clalüna');
  });

  it('reads the host of the clause after "and" who guides the visitors', () => {
    expect(met(spoke)).toContain('Ladina Sarott-Puorger');
  });
});

describe('a councillor named after the body he sits in', () => {
  it('keeps "Government Councillor" whole as the title, no style', () => {
    expect(
      roles(`${ORIEL}In Tarvel she was received by Government Councillor Duri Men Clalüna.`),
    ).toContainEqual(['Duri Men Clalüna', 'Government Councillor', null]);
  });

  it('still reads "Councillor" alone before a name as a style (guard)', () => {
    expect(roles(`${ORIEL}She met Councillor Anna Bellwood in Orvel.`)).toContainEqual([
      'Anna Bellwood',
      null,
      null,
    ]);
  });
});

describe('the visitor’s own envoy and officer who accompany him (guard)', () => {
  it('reads no one met where an envoy and a named officer accompanied the visitor', () => {
    expect(
      met(
        `${ORIEL}The British High Commissioner to Ruritania, Jonas Peter Mirrow, and ` +
          "LTR's Head of Pacific, Anjali Devi Verma, accompanied the President in Orvel.",
      ),
    ).toEqual([]);
  });
});
