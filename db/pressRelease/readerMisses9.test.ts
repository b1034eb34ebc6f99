import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

describe('someone met by title first and named in the next sentence', () => {
  it('names the Prime Minister called on once the next sentence gives the name after the title', () => {
    expect(
      met(
        'The Minister of Trade of the Union, Pavel Norden, visited Ghana from 3 to 5 May 2026. On 4 May the Minister paid a courtesy call on the Vice-President of Ghana. During the meeting, Vice-President Ebo Twumasi welcomed the plan for a joint trade office.',
      ),
    ).toEqual(['Ebo Twumasi']);
  });

  it('names the Governor who welcomed the visitor in a town, named in the next sentence', () => {
    expect(
      met(
        'The Administrator of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. On 5 May he was welcomed in Tamale by the Governor of the Northern Region, who presented a plan for irrigation. Governor Esi Nyarko asked the Fund to invest in wells.',
      ),
    ).toEqual(['Esi Nyarko']);
  });

  it('names the Turkish minister who received the visitor, named after the title in the next sentence', () => {
    expect(
      met(
        "Kurum Başkanı Prof. Dr. Selim Kaya, 3-5 Mayıs 2026 tarihlerinde Gana'da temaslarda bulundu. Ziyaretin ilk gününde Akra'da Gana Sağlık Bakanlığını ziyaret eden Prof. Dr. Kaya'yı Bakan makamında kabul etti. Görüşmede Bakan Ebo Boateng, iki ülke arasında aşı üretimi alanında iş birliği önerdi.",
      ),
    ).toEqual(['Ebo Boateng']);
  });

  it('does not take the traveller named after his own title in the next sentence', () => {
    expect(
      met(
        'The Minister of Trade of the Union, Pavel Norden, visited Ghana from 3 to 5 May 2026. On 4 May he called on the Minister of Finance of Ghana. Minister Pavel Norden then opened a trade fair.',
      ),
    ).toEqual([]);
  });
});

describe('someone whose first name begins like the surname of someone met before', () => {
  it('keeps a second person met whose given name shares its first letters with a surname found', () => {
    expect(
      met(
        "Kurum Başkanı Prof. Dr. Selim Kaya, 3-5 Mayıs 2026 tarihlerinde Gana'da temaslarda bulundu. Kaya, aynı gün Gana Basın Sekreteri Amina Karimova'yla görüştü. Ziyaretin ikinci gününde Kaya, Gana Yatırım Merkezi Direktörü Karim Boateng ile iki kurum arasında iş birliğine ilişkin mutabakat zaptını imzaladı.",
      ),
    ).toEqual(['Amina Karimova', 'Karim Boateng']);
  });
});

describe('Turkish institutions and places of two capitalised words', () => {
  const opening =
    "Kurum Başkanı Prof. Dr. Selim Kaya, 3-5 Mayıs 2026 tarihlerinde Gana'da temaslarda bulundu. ";

  it('reads a place in the locative with "-ki" as a place, never as someone met', () => {
    expect(
      met(
        `${opening}Kaya, Akra'da Gana Sağlık Bakanı Ebo Boateng ile görüştü. Kaya, Kwame Danso'daki görüşmesinin ardından bir kakao işleme tesisini de inceledi.`,
      ),
    ).toEqual(['Ebo Boateng']);
  });

  it('reads an agency, a science park and a union visited as bodies, not people', () => {
    expect(
      met(
        `${opening}4 Mayıs'ta heyet, Tema Batı'daki Esi Nyarko Bilim ve Teknoloji Parkı'nda bulunan Gana Uzay ve İnovasyon Ajansı yerleşkesini ziyaret etti. Kaya, program kapsamında Gana Ulusal Haber Ajansı'nı ve Gana Çiftçiler Birliği'ni de ziyaret etti.`,
      ),
    ).toEqual([]);
  });
});
