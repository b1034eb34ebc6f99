import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

describe('an Uzbek patronymic word in Latin letters after the name', () => {
  it('reads "the Deputy Minister of Energy, A B ugli, as well as …" whole', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Uzbekistan from 3 to 5 May 2026. In Tashkent, he met the Deputy Minister of Energy, Sardor Rustam ugli, as well as the Director of the Water Agency, Malika Yusupova.',
      ),
    ).toEqual(['Sardor Rustam ugli', 'Malika Yusupova']);
  });

  it('reads the apostrophe spelling: "A B o\'g\'li", "C D qizi"', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Uzbekistan from 3 to 5 May 2026. In Tashkent, he met the Deputy Minister of Energy, Sardor Rustam o'g'li, and the Director of the Water Agency, Malika Tohir qizi.",
      ),
    ).toEqual(["Sardor Rustam o'g'li", 'Malika Tohir qizi']);
  });
});
