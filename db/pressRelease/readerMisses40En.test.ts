import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const lead = (place: string) =>
  `The Director of the Dryland Wells Trust, Anna Weller, visited ${place} on 3 December 2026. `;

describe('Kurdish, Pashto and Sahelian styles and ranks before a name', () => {
  it('leaves the Kurdish "Kak" and "Mamosta" out of the name', () => {
    expect(
      roles(
        `${lead('Iraq')}She met the Director of the Water Office, Kak Aras Baban Kareem. She ` +
          'then met the President of the Lakeland University, Mamosta Shirwan Omer Talabani.',
      ),
    ).toEqual([
      ['Aras Baban Kareem', 'Director', 'Water Office'],
      ['Shirwan Omer Talabani', 'President', 'Lakeland University'],
    ]);
  });

  it('leaves the Pashto "Sahibzada" out of the name', () => {
    expect(
      met(
        `${lead('Pakistan')}She called on the Provincial Minister for Mines, Sahibzada ` +
          'Farooqullah Khattak, at the Civil Secretariat.',
      ),
    ).toEqual(['Farooqullah Khattak']);
  });

  it('leaves the rank "Colonel-Major" out of the name', () => {
    expect(
      met(
        `${lead('Niger')}She was received by the Governor of the Dune Region, Colonel-Major ` +
          'Ahmed Ag Rhissa.',
      ),
    ).toEqual(['Ahmed Ag Rhissa']);
  });
});

describe('a hall named after a person, its kind in small letters after the name', () => {
  it('takes no one of "the university’s A B amphitheatre"', () => {
    expect(
      met(
        `${lead('Morocco')}On the last day the Director will visit farms near Essaouira together ` +
          'with the President of the Coast Chamber, Omar Lahlou Bennani. ' +
          'She will then sign a memorandum on research with the President of Idrisi ' +
          "University, Idris Amrani Tazi, and give a lecture at the university's Ahmed " +
          'Berrada amphitheatre.',
      ),
    ).toEqual(['Omar Lahlou Bennani', 'Idris Amrani Tazi']);
  });
});
