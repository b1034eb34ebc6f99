import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const INDONESIA = 'The Director of the Fund, Pavel Norden, visited Indonesia on 3 May 2026.';

describe('a Balinese name, its "I" or "Ni" and caste title part of it', () => {
  it('keeps "I" and "I Gusti Ngurah" set off by commas after the title', () => {
    expect(
      roles(
        `${INDONESIA} He was received by the Vice Governor of Bali, I Gusti Ngurah Putu Arsana. He met the Rector, I Ketut Wirawan Dharma, on research.`,
      ),
    ).toEqual([
      ['I Gusti Ngurah Putu Arsana', 'Vice Governor of Bali', null],
      ['I Ketut Wirawan Dharma', 'Rector', null],
    ]);
  });

  it('keeps "Ni Luh", "Ida Ayu" and "Anak Agung" opening a name in a list', () => {
    expect(
      met(
        `${INDONESIA} He met the Rector, I Made Suarjana, and Ni Luh Putu Sriani, Head of the Office. He also met Ida Ayu Komang Dewi, Head of the Agency, and Anak Agung Gde Sutrisna, Mayor of Denpasar.`,
      ),
    ).toEqual([
      'I Made Suarjana',
      'Ni Luh Putu Sriani',
      'Ida Ayu Komang Dewi',
      'Anak Agung Gde Sutrisna',
    ]);
  });

  it('reads "Ida Bagus" after a title', () => {
    expect(met(`${INDONESIA} He met the Regent, Ida Bagus Rai Mantra.`)).toEqual([
      'Ida Bagus Rai Mantra',
    ]);
  });
});

const HAWAII = 'The Director of the Fund, Pavel Norden, visited the United States on 3 May 2026.';

describe('a Hawaiian name with the ʻokina opening a word or a hyphenated part', () => {
  it('reads a family name opening with the ʻokina before a letter and another ʻokina', () => {
    expect(
      roles(
        `${HAWAII} He was received by the Chief Executive Officer of the Trust, Dr. Keola ʻAʻahe-Kamakau.`,
      ),
    ).toEqual([['Keola ʻAʻahe-Kamakau', 'Chief Executive Officer', 'Trust']]);
  });

  it('reads the ʻokina opening the part after a hyphen', () => {
    expect(met(`${HAWAII} He met Pualani Kealoha-ʻAkana, Director of the Museum.`)).toEqual([
      'Pualani Kealoha-ʻAkana',
    ]);
  });

  it('meets the host of a working lunch named after the title', () => {
    expect(
      roles(
        `${HAWAII} The Chair of the Board of Trustees, Nohealani Kaʻōpua-Kealoha, will host a working lunch on the management of lands.`,
      ),
    ).toEqual([['Nohealani Kaʻōpua-Kealoha', 'Chair of the Board of Trustees', null]]);
  });
});

const EGYPT = 'The Director of the Fund, Pavel Norden, visited Egypt on 3 May 2026.';

describe('an Egyptian name of four parts with "Abdel" joined to the name after it', () => {
  it('reads the whole name after a title and a style', () => {
    expect(
      met(
        `${EGYPT} He was received by the Special Envoy of the Secretary-General of the League for Water, Ambassador Hesham Abdel Rahman Ali Soliman.`,
      ),
    ).toEqual(['Hesham Abdel Rahman Ali Soliman']);
  });

  it('so with "Abdel Fattah" and "Abdul" after a title and a comma', () => {
    expect(
      met(
        `${EGYPT} He met the Governor of Giza, Khaled Abdel Fattah Hassan Mansour, and the Mayor of Cairo, Yasser Abdul Karim Sayed Fahmy.`,
      ),
    ).toEqual(['Khaled Abdel Fattah Hassan Mansour', 'Yasser Abdul Karim Sayed Fahmy']);
  });
});

describe('a Tongan noble named by "Lord" and one word', () => {
  it('keeps "Lord" with a name holding the ʻokina, after "Hon."', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Tonga on 3 May 2026. He was received by the Speaker of the Assembly, Hon. Lord Fakaʻosi. He also met the Minister of Lands, Lord Niukapu, on leases.',
      ),
    ).toEqual([
      ['Lord Fakaʻosi', 'Speaker', 'Assembly'],
      ['Lord Niukapu', 'Minister of Lands', 'Ministry of Lands'],
    ]);
  });
});
