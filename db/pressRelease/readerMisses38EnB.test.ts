import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const visit = (country: string) =>
  `The Director of the Fund, Pavel Norden, visited ${country} on 3 May 2026.`;

describe('a host named after his title who holds an event the visitor attends', () => {
  it('takes the host of a round table as met, with the honours after his name left out', () => {
    expect(
      roles(
        `${visit('Mauritius')} On Friday the Chairperson of the Island Sugar Board, Vikram Anil Goorbin, G.O.S.K., will host a round table with planters and millers, together with Reshma Devi Luchmun, Director of the Cane Research Institute.`,
      ),
    ).toEqual([
      ['Vikram Anil Goorbin', 'Chairperson', 'Island Sugar Board'],
      ['Reshma Devi Luchmun', 'Director', 'Cane Research Institute'],
    ]);
  });
});

describe('a host met on a weekday, named after his title', () => {
  it('reads "received on Thursday by" as a meeting word, a Cantonese name surname first', () => {
    expect(
      roles(
        `${visit('Macao')} She will be received on Thursday by the Secretary for Transport and Public Works, Cheong Kin Fai.`,
      ),
    ).toEqual([['Cheong Kin Fai', 'Secretary for Transport and Public Works', null]]);
  });

  it('takes a host who will guide the visitor after a weekday opening the sentence', () => {
    expect(
      roles(
        `${visit('Macao')} On Friday the President of the Macanese Heritage Association, Rui Lam de Sousa, will guide her through the old quarter.`,
      ),
    ).toEqual([['Rui Lam de Sousa', 'President', 'Macanese Heritage Association']]);
  });
});

describe('a priest styled "Fr." and a Goan name joining two surnames with "e"', () => {
  it('leaves "Fr." off the name and keeps "e" inside it', () => {
    expect(
      met(
        `${visit('India')} In Margao she will be welcomed by Fr. Anselmo Pereira Lobo, Rector of the Seminary of Rachol, and by the Director of Museums, Government of Goa, Mário Xavier da Silva e Noronha, who will present the new galleries.`,
      ),
    ).toEqual(['Anselmo Pereira Lobo', 'Mário Xavier da Silva e Noronha']);
  });
});

describe('the body after a title, with initials in its name', () => {
  it('does not end the title at the full stop of an initial among initials', () => {
    expect(
      roles(
        `${visit('India')} She will hold talks with Dr. Roshan Dinshaw Patel, Director of the B. J. Wadia Institute.`,
      ),
    ).toEqual([['Roshan Dinshaw Patel', 'Director', 'B. J. Wadia Institute']]);
  });

  it('reads a Parsi surname that is a job word as a name, and a Punchayet as a body', () => {
    expect(
      roles(
        `${visit('India')} Darius Sorabji Engineer, Chairman of the Poona Parsi Punchayet, will show her the housing colonies.`,
      ),
    ).toEqual([['Darius Sorabji Engineer', 'Chairman', 'Poona Parsi Punchayet']]);
  });
});
