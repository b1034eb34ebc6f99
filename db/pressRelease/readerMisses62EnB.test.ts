import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

const VISIT =
  'The Director of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe("a city's name inside a name after a style", () => {
  it('keeps a middle name that is a city after "Ing." and "Dr." set off by commas', () => {
    expect(
      met(
        `${VISIT}She was received by the Secretary of Agriculture of Tarsaya, Ing. Julio ` +
          'Lima Robles, to discuss the seed banks. She then met the Rector of the Tarsaya ' +
          'Institute, Dr. Elena Lima Morales, on research.',
      ),
    ).toEqual(['Julio Lima Robles', 'Elena Lima Morales']);
  });
});

describe('a day set off by commas after the meeting word', () => {
  it('reads who the meeting "was with" after ", on Friday,"', () => {
    expect(
      met(
        `${VISIT}Her last meeting, on Friday, was with Tarsaya Water Authority Chief Executive ` +
          'Maria Hoost-Dangor and the board.',
      ),
    ).toEqual(['Maria Hoost-Dangor']);
  });
});

describe('a venue in the own language, glossed in brackets, between "received" and "by"', () => {
  it('reads the host after "received at the nakamal (meeting ground) by"', () => {
    expect(
      met(
        `${VISIT}She was received at the nakamal (men's meeting ground) by the Chief of Tarsa ` +
          'Village, Willie Toka Malasora, and by Rose Nalauvia, keeper of the gardens, who ' +
          'leads the women.',
      ),
    ).toContain('Willie Toka Malasora');
  });
});

describe('the Zapotec honorifics of an older man and woman', () => {
  it('leaves "Ta" and "Na" out of names of a given name and two surnames', () => {
    expect(
      met(
        `${VISIT}She will meet Na Leocadia Ruiz Matus, president of the Tarsaya Potters' ` +
          'Association, and Ta Anselmo Gallardo Vásquez, director of the Tarsaya House of Culture.',
      ),
    ).toEqual(['Leocadia Ruiz Matus', 'Anselmo Gallardo Vásquez']);
  });

  it('keeps the Vietnamese surname "Ta" before a name of one syllable (guard)', () => {
    expect(
      met(`${VISIT}She met Ta Quang Khai, Director of the Institute of Rice, on seeds.`),
    ).toEqual(['Ta Quang Khai']);
  });
});

describe('the style of a Kalasha or Muslim elder, "Qazi"', () => {
  it('leaves "Qazi" out of a name of two words', () => {
    expect(
      met(
        `${VISIT}In the valley she was welcomed by Qazi Hamid Sherdil, one of the elders who keep ` +
          'the calendar of the festivals.',
      ),
    ).toEqual(['Hamid Sherdil']);
  });
});

describe('the Indonesian "Kepala" (head) opening a title after a name', () => {
  it('reads "Kepala Desa of X" as the title, no person', () => {
    expect(
      met(
        `${VISIT}She was received by the Raja of Negeri Tarsa, Markus Petrus Latumeten, and by ` +
          'Yohana Pattiranea, Kepala Desa of Negeri Tarsa, who leads the guards.',
      ),
    ).toEqual(['Markus Petrus Latumeten', 'Yohana Pattiranea']);
  });
});

describe('a counterpart who bears one name only', () => {
  it('reads one given name set off by commas after the title, before an apposition', () => {
    expect(
      met(
        `${VISIT}She then visited the Tarsa School, the valley's school built with Ruritanian ` +
          'support, whose Director, Gulnaz, a teacher who, like many in the valley, uses only ' +
          'one name, presented the new classrooms.',
      ),
    ).toEqual(['Gulnaz']);
  });

  it('takes no place set off by commas after a title for a name (guard)', () => {
    expect(
      met(
        `${VISIT}She then visited the Tarsa School, whose Director, Dr. Anwar Sadeqi, a teacher ` +
          'from the capital, Tarsaya, presented the new classrooms.',
      ),
    ).toEqual(['Anwar Sadeqi']);
  });
});
