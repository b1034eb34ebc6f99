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

describe('a Vietnamese name of four words, the family name first and a middle name after it', () => {
  it('reads "he met A Thi B C, Chairwoman of X" whole', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Viet Nam from 3 to 5 May 2026. On Thursday he met Pham Thi Lan Anh, Chairwoman of the Viet Nam Women's Union, and toured the port.",
      ),
    ).toEqual(['Pham Thi Lan Anh']);
  });

  it('reads "talks with A Van B C" after a meeting word whole', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Viet Nam from 3 to 5 May 2026. In Hanoi, he held talks with Tran Van Minh Khoa on the new port.',
      ),
    ).toEqual(['Tran Van Minh Khoa']);
  });

  it('still cuts a body before a name of two words: "… of Hai Duong Province Le Minh"', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Viet Nam from 3 to 5 May 2026. In Hanoi, he met the Chairman of the People's Committee of Hai Duong Province Le Minh.",
      ),
    ).toEqual(['Le Minh']);
  });
});
