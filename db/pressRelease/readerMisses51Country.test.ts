import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import '../test/warmReader.js';

const country = (text: string) => extractDraft(text).visit.places[0]?.country;

describe('a town the hand lists do not know, from the world gazetteer (English)', () => {
  it('reads the region after a town as its place, not the dateline’s country', () => {
    expect(
      country(
        'OSLO, 2 December 2026 – The Director General of the Nordic Lakes Trust, Sigrun ' +
          'Vassbotn, visited Kingston, Ontario on 30 November and 1 December.\n\n' +
          'In Kingston she met the Mayor of Kingston, Arthur Pellingham, to discuss the harbour.',
      ),
    ).toBe('CA');
  });

  it('reads a town named alone, whose country is clear, over the visitor’s own country', () => {
    expect(
      country(
        'News – 4 December 2026\n\n' +
          'The Executive Director of the Glacier Fund of Finland, Aino Rautavaara, will visit ' +
          'Kargil from 7 to 9 December.\n\n' +
          'In Kargil she will meet the Chief Councillor, Tsering Dolkar Yangzom, on the ' +
          'water supply of the villages.',
      ),
    ).toBe('IN');
  });

  it('reads the towns of a list after a word of the visit', () => {
    expect(
      country(
        'Bulletin – 3 December 2026\n\n' +
          'The President of the Baltic Mills Circle, Kaarel Tammsaare-Lind, will visit ' +
          'Bodmin and Newquay on 10 and 11 December.\n\n' +
          'He will meet the Town Clerk, Morwenna Trebilcock, to discuss the old mill leats.',
      ),
    ).toBe('GB');
  });

  it('takes no country from a word that is also a country inside a longer name', () => {
    expect(
      country(
        'Bulletin – 3 December 2026\n\n' +
          'The President of the Baltic Mills Circle, Kaarel Tammsaare-Lind, will visit ' +
          'Helston on 10 December.\n\n' +
          'The visit will end at the Wheal Jamaica engine house, where he will meet its ' +
          'keeper, Morwenna Trebilcock.',
      ),
    ).toBe('GB');
  });

  it('leaves a town two countries share alike to the country the text names (guard)', () => {
    expect(
      country(
        'Bulletin – 3 December 2026\n\n' +
          'The President of the Baltic Mills Circle, Kaarel Tammsaare-Lind, will visit Falmouth ' +
          'in the United Kingdom on 10 December.\n\n' +
          'He will meet the harbour master, Morwenna Trebilcock.',
      ),
    ).toBe('GB');
  });

  it('takes no country from a country’s name inside the name of a mine or a street', () => {
    expect(
      country(
        'Bulletin – 3 December 2026\n\n' +
          'The President of the Baltic Mills Circle, Kaarel Tammsaare-Lind, will tour the ' +
          'Wheal Peru engine house on 10 December and visit the old pump house on New Chile ' +
          'Street.\n\nHe will meet the keeper, Morwenna Trebilcock.',
      ),
    ).toBeUndefined();
  });

  it('takes no place from the subject of the talks (guard)', () => {
    expect(
      country(
        'Vienna, 2 December 2026 – The Secretary General of the Danube Rivers League, Ilse ' +
          'Marbach, was received today by the Minister of the Environment, Tomas Hrabal. ' +
          'They held consultations on the situation in Kherson.',
      ),
    ).toBe('AT');
  });

  it('reads no town from a surname before a country in Turkish (guard)', () => {
    expect(
      country(
        'İstanbul\n4 Mart 2026\n\nYatırımcılarla görüşen Kurum Başkanı Levent Sivas, Türkiye ' +
          "ekonomisindeki gelişmeler hakkında bilgi verdi. Sivas, 2-3 Mart tarihlerinde Budapeşte'de " +
          'temaslarda bulundu.',
      ),
    ).toBe('HU');
  });
});

describe('a continent, an ocean or a mountain range, which some small town shares', () => {
  it('is no place of the visit, in a body’s name or in its work', () => {
    const places = extractDraft(
      'The Secretary General of the Council for Trade Routes in Asia, Dauren Abenov, visited ' +
        'Tashkent on 3 December 2026 and met the Rector of the Silk Road Institute, Bobur ' +
        'Alimov, on the links of the Pacific and the Atlantic ports, and on research in the Andes.',
    ).visit.places;
    expect(places.map((p) => p.country)).toEqual(['UZ']);
  });

  it('is no town when a region of another country has its name, nor a people’s name', () => {
    const places = extractDraft(
      'The Director of the Coral Shores Fund, Wiremu Hetaraka, visited Jakarta on 2 December ' +
        '2026, and met the Head of the Bali Office of the Ministry of Tourism, Ketut Sudarsana, ' +
        'who is to travel to Bali next week, on a path to Arab and Malay markets.',
    ).visit.places;
    expect(places.map((p) => p.country)).toEqual(['ID']);
  });
});
