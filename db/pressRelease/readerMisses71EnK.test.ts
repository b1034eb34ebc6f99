import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('a marabout styled "Serigne" before a name of three words', () => {
  it('reads "the religious guide of X, Serigne A B C" as A B C', () => {
    expect(
      roles(
        `${HALDEN}On Tuesday she paid a courtesy call on the religious guide of Tarvo, Serigne ` +
          'Abdou Lamine Kasse, who blessed the new well.',
      ),
    ).toEqual([['Abdou Lamine Kasse', 'religious guide of Tarvo', null]]);
  });

  it('keeps "Serigne" as the given name of a civil officer (guard)', () => {
    expect(
      met(
        `${HALDEN}She met the Director General of the Water Board, Serigne Abdou Lamine ` +
          'Kasse, to discuss tariffs.',
      ),
    ).toEqual(['Serigne Abdou Lamine Kasse']);
  });
});

describe('an office after the name, of a body named by its letters and then in words', () => {
  it('reads "met A B, director general of XYZ, the national water company" with its office', () => {
    expect(
      roles(
        `${HALDEN}On Monday she met Oskar Belmonte, director general of TARWA, the national ` +
          'water company, to talk about prices.',
      ),
    ).toEqual([['Oskar Belmonte', 'director general', 'TARWA']]);
  });

  it('reads "met A B, director general of the X Board, to …" with its office', () => {
    expect(
      roles(
        `${HALDEN}On Monday she met Oskar Belmonte, director general of the Tarvo Water Board, ` +
          'to talk about prices.',
      ),
    ).toEqual([['Oskar Belmonte', 'director general', 'Tarvo Water Board']]);
  });

  it('still reads "met A B, director of XYZ, the national water company" (guard)', () => {
    expect(
      roles(
        `${HALDEN}On Monday she met Oskar Belmonte, director of TARWA, the national water ` +
          'company, to talk about prices.',
      ),
    ).toEqual([['Oskar Belmonte', 'director', 'TARWA']]);
  });
});

describe('a photograph of the visitor with one named in its caption', () => {
  it('reads "Photo: the visitor with A B, chief executive of X, in Y on a day" as met', () => {
    expect(
      roles(
        `${HALDEN}On Monday she met the Mayor of Tarvo, Ilse Kettu.\n\nPhoto: President Weller ` +
          'with Oskar Belmonte Ruiz, chief executive of the Tarvo Water Board, in Tarvo on ' +
          '2 December.',
      ),
    ).toEqual([
      ['Ilse Kettu', 'Mayor of Tarvo', null],
      ['Oskar Belmonte Ruiz', 'chief executive', 'Tarvo Water Board'],
    ]);
  });

  it('leaves a caption of the visitor with a group of people unnamed (guard)', () => {
    expect(
      met(
        `${HALDEN}On Monday she met the Mayor of Tarvo, Ilse Kettu.\n\nPhoto: President Weller ` +
          'with local farmers, members of the Tarvo co-operative, at Tarvo on 2 December.',
      ),
    ).toEqual(['Ilse Kettu']);
  });

  it('leaves a caption of the visitor alone at a place (guard)', () => {
    expect(
      met(
        `${HALDEN}On Monday she met the Mayor of Tarvo, Ilse Kettu.\n\nPhoto: President Weller ` +
          'at the Tarvo Water Works on 2 December.',
      ),
    ).toEqual(['Ilse Kettu']);
  });
});

describe('people the visitor is to meet on a later trip', () => {
  it('leaves out one to be met where the visitor will next travel in a later month', () => {
    expect(
      met(
        `${HALDEN}On Monday she met the Mayor of Tarvo, Ilse Kettu. The President will next ` +
          'travel to Lisbon in January 2027, where she is expected to meet the Secretary of ' +
          'State for Water, Rui Belmonte Sampaio.',
      ),
    ).toEqual(['Ilse Kettu']);
  });

  it('keeps one to be met at the next stop of the visit (guard)', () => {
    expect(
      met(
        `${HALDEN}On Thursday the President will next travel to Tarvo, where she is expected to ` +
          'meet the Mayor of Tarvo, Ilse Kettu.',
      ),
    ).toEqual(['Ilse Kettu']);
  });
});
