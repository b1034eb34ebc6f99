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

describe('a Gulf name with "bin" or "bint" after a visit "with"', () => {
  it('reads "visited the reserve with Sheikha A bint B C, Executive Director of X"', () => {
    expect(
      roles(
        `${HALDEN}On Wednesday she visited the reserve with Sheikha Maha bint Khalid Al Naimi, ` +
          'Executive Director of the Lusail Bird Society, whose volunteers count the flamingos.',
      ),
    ).toEqual([['Maha bint Khalid Al Naimi', 'Executive Director', 'Lusail Bird Society']]);
  });

  it('still reads a name with no particle there (guard)', () => {
    expect(
      met(
        `${HALDEN}On Wednesday she visited the reserve with Maha Al Naimi, Executive Director ` +
          'of the Lusail Bird Society.',
      ),
    ).toEqual(['Maha Al Naimi']);
  });
});

describe("a body's name with two fields in the possessive before the title", () => {
  it('reads "the X and Y Authority\'s Director-General, A B" as the title of that body', () => {
    expect(
      roles(
        `${HALDEN}She will then meet the Water and Soil Safety Authority's Director-General, ` +
          'Ilse Marandor, to hear how the Authority reviewed the licence.',
      ),
    ).toEqual([['Ilse Marandor', 'Director-General', 'Water and Soil Safety Authority']]);
  });

  it('still reads "the X Authority\'s Director-General, A B" (guard)', () => {
    expect(
      roles(`${HALDEN}She will then meet the Vardan Authority's Director-General, Ilse Marandor.`),
    ).toEqual([['Ilse Marandor', 'Director-General', 'Vardan Authority']]);
  });
});

describe('the Māori article "Te" opening many names of one release', () => {
  it('keeps "Te" in a name when places and bodies open with it too', () => {
    expect(
      met(
        `${HALDEN}This afternoon she held talks with Te Rangi Pāora, Kaihautū of the Awarua ` +
          'Museum. From Wednesday the delegation will be at Te Whare Marae, and Aroha Hēnare, ' +
          'chair of the Te Awa Lakes Trust, will guide the visitors around Te Roto Lake.',
      ),
    ).toContain('Te Rangi Pāora');
  });
});
