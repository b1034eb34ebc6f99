import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('a name written with tone marks as combining letters', () => {
  it('takes the Yoruba "Oba" off a name whose letters carry combining tone marks', () => {
    expect(
      roles(
        `${HALDEN}In Ikorodu she was received at the palace by Oba Adéwálé Ọ̀ṣúnbọ̀ Akínyẹlé II, ` +
          'the Alara of Ikorodu, who showed her the crowns.',
      ),
    ).toEqual([['Adéwálé Ọ̀ṣúnbọ̀ Akínyẹlé II', 'Alara of Ikorodu', null]]);
  });

  it('still takes "Oba" off a name written with letters alone (guard)', () => {
    expect(
      met(
        `${HALDEN}In Ikorodu she was received at the palace by Oba Adewale Osunbo Akinyele II, ` +
          'the Alara of Ikorodu, who showed her the crowns.',
      ),
    ).toEqual(['Adewale Osunbo Akinyele II']);
  });
});

describe('the Polish styles of a woman and a man', () => {
  it('takes "Pani" and "Pan" off the names in a list of people met', () => {
    expect(
      met(
        `${HALDEN}In Tarnów she met with Pani Halina Kowalczyk-Bąk, Vice-Marshal of the Tarnów ` +
          'Region; and Pan Zbigniew Wrzosek, acting Rector of the Tarnów Academy.',
      ),
    ).toEqual(['Halina Kowalczyk-Bąk', 'Zbigniew Wrzosek']);
  });

  it('keeps "Pan" as the surname of a Chinese name (guard)', () => {
    expect(
      met(`${HALDEN}In Tarnów she met with Pan Wei Ming, Director of the Tarnów Academy.`),
    ).toEqual(['Pan Wei Ming']);
  });
});

describe('the Indonesian "Mr" and "Mrs" in full', () => {
  it('reads a single name after "Ibu" and "Bapak", the style left out', () => {
    expect(
      roles(
        `${HALDEN}The delegation then travelled to Kendal. Ibu Wahyuni, Regent of Kendal, ` +
          'hosted the group at the regency office. On the plateau itself, Bapak Sutopo, head of ' +
          "the Melati Farmers' Group, showed the visitors terraces.",
      ),
    ).toEqual([
      ['Wahyuni', 'Regent of Kendal', null],
      ['Sutopo', 'head', "Melati Farmers' Group"],
    ]);
  });

  it('keeps "Sri" as the given name that opens a Javanese name', () => {
    expect(
      met(
        `${HALDEN}On the plateau, Ibu Sri Wulan Pratiwi, chairwoman of the Kenanga Women's ` +
          'Cooperative, explained how the village sells fruit.',
      ),
    ).toEqual(['Sri Wulan Pratiwi']);
  });

  it('still leaves "Tan Sri" out of a Malaysian name (guard)', () => {
    expect(
      met(
        `${HALDEN}In Kuala Lumpur she met Tan Sri Ahmad Zaki Yusof, Chairman of the Melati Group.`,
      ),
    ).toEqual(['Ahmad Zaki Yusof']);
  });
});

describe('the Swahili styles of respect', () => {
  it('takes "Mheshimiwa", "Mzee" and "Bi" off names and out of titles', () => {
    expect(
      roles(
        `${HALDEN}In Moshi she will visit the springs with Mzee Loishiye ole Kisemei, chairman ` +
          'of the Moshi Elders Council, and will meet Bi Zuhura Salim Abeid, director of the ' +
          'Moshi Town Museum.',
      ),
    ).toEqual([
      ['Loishiye ole Kisemei', 'chairman', 'Moshi Elders Council'],
      ['Zuhura Salim Abeid', 'director', 'Moshi Town Museum'],
    ]);
    expect(
      met(`${HALDEN}In Moshi she will meet the Minister of Water, Mheshimiwa Rehema Mollel.`),
    ).toEqual(['Rehema Mollel']);
  });

  it('keeps "Bi" as the surname of a Chinese name (guard)', () => {
    expect(
      met(`${HALDEN}In Moshi she will meet Bi Wen Jun, director of the Moshi Town Museum.`),
    ).toEqual(['Bi Wen Jun']);
  });
});
