import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

describe('the Philippine honorific "Atty." before a name with "de la" and a hyphenated surname', () => {
  it('reads "… X (ABC), Atty. A B de la C-D, on …" and takes no "Atty"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited the Philippines from 3 to 5 May 2026. In Manila, he held talks with the Director of the Bureau of Soils (BS), Atty. Rosa Elena de la Cruz-Mendoza, on a joint study.',
      ),
    ).toEqual(['Rosa Elena de la Cruz-Mendoza']);
  });
});

describe('a Kikuyu name with "wa" between its words', () => {
  it('reads "A wa B, Chair of X" in a list of those met', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Kenya from 3 to 5 May 2026. In Nairobi, he met with the Principal Secretary for Water, Otieno Kariuki, and Wambui wa Kinyanjui, Chair of the Kenya Farmers Association.',
      ),
    ).toEqual(['Otieno Kariuki', 'Wambui wa Kinyanjui']);
  });
});
