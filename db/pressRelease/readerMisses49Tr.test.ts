import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met } from '../test/peopleMet.js';

const PORTUGAL =
  'Ankara – 4 Aralık 2026\n\n' +
  "Kurum Başkanı Mehmet Vural Yurt, 1-3 Aralık tarihlerinde Portekiz'i ziyaret etti.\n\n" +
  'Heyet ilk gün Porto Belediye Başkanı Nuno Teixeira Lobo tarafından kabul edildi. ';

describe('a Portuguese «da» in vowel harmony before a surname no one else bears (Turkish)', () => {
  it('reads the surname after «da» as the name’s last, its case ending left out', () => {
    expect(
      met(
        `${PORTUGAL}Yurt, 2 Aralık'ta Liman İdaresi Başkanı Marta Sousa da Fonte'yi ziyaret etti.`,
      ),
    ).toContain('Marta Sousa da Fonte');
  });

  it('keeps «da» as "also" before the surname of someone named in full (guard)', () => {
    const people = met(
      `${PORTUGAL}Ertesi gün Liman İdaresi Başkanı Paulo Rocha da Yurt'la limanda görüştü.`,
    );
    expect(people).toContain('Paulo Rocha');
    expect(people).not.toContain('Paulo Rocha da Yurt');
  });
});

const FRANCE =
  'Ankara – 4 Aralık 2026\n\n' +
  "Kurum Başkanı Mehmet Vural Yurt, 1-3 Aralık tarihlerinde Fransa'yı ziyaret etti.\n\n" +
  'Heyet ilk gün Lyon Belediye Başkanı Marc Fabre tarafından kabul edildi. ';

describe('a French «de» after a French given name alone (Turkish)', () => {
  it('joins «Hélène de» to her surname', () => {
    expect(
      met(
        `${FRANCE}Yurt, 2 Aralık'ta Sayıştay Başkan Yardımcısı Hélène de Valmont'un davetlisi ` +
          "olarak Dijon'daki arşivi gezdi.",
      ),
    ).toContain('Hélène de Valmont');
  });
});

describe('a matter taken up with someone, «ile … ele aldı» (Turkish)', () => {
  it('reads the one it was taken up with as met', () => {
    expect(
      met(
        `${FRANCE}Yurt, 2 Aralık'ta Liman İdaresi Başkanı Joris Vermeulen ile iki kurum ` +
          'arasındaki değişim programını ele aldı.',
      ),
    ).toContain('Joris Vermeulen');
  });
});

const countryOf = (text: string) => extractDraft(text).visit.places[0]?.country ?? null;

describe('a country in the genitive before the region gone to (Turkish)', () => {
  it('reads the country of a region in the dative before the visit’s word', () => {
    expect(
      countryOf(
        'Trabzon, 4 Aralık 2026\n\n' +
          'Ajans Genel Sekreteri Mehmet Vural Yurt başkanlığındaki heyet, 7-9 Aralık günlerinde ' +
          "Gürcistan'ın Samegrelo bölgesine bir çalışma ziyareti gerçekleştirecek. Heyetin ilk " +
          'gün Bölge Valisi Levan Gelashvili tarafından kabul edilmesi bekleniyor.',
      ),
    ).toBe('GE');
  });

  it('reads the country of a region a verb of going takes, over a town told of elsewhere', () => {
    expect(
      countryOf(
        'Bursa, 5 Aralık 2026\n\n' +
          'Rektör Mehmet Vural Yurt başkanlığındaki heyet, bu ayın 14’ünde başlayacak ziyaret ' +
          "kapsamında Çin Halk Cumhuriyeti'nin Gansu eyaletine gidecek. Heyet, ilk gün Eyalet " +
          "Başkan Yardımcısı Zhao Minghui'yle görüşecek. Heyet, dervişlerin Buhara'dan " +
          'getirdikleri el yazmalarının saklandığı kütüphaneyi de ziyaret edecek.',
      ),
    ).toBe('CN');
  });

  it('reads the country of a region in the locative before «temas», a people named first', () => {
    expect(
      countryOf(
        'Bursa, 5 Aralık 2026\n\n' +
          "Bursa'dan Macaristan Kumanlarına dostluk ziyareti\n\n" +
          'Bursa Büyükşehir Belediye Başkanı Mehmet Vural Yurt başkanlığındaki heyet, ' +
          "Macaristan'ın güneyindeki Csongrád bölgesinde temaslarda bulundu. Heyet, Bölge " +
          'Meclisi Başkanı Gábor Kerekes ile görüştü.',
      ),
    ).toBe('HU');
  });
});

const MACEDONIA =
  'Ankara – 4 Aralık 2026\n\n' +
  "Rektör Mehmet Vural Yurt, 2-4 Aralık tarihlerinde Kuzey Makedonya'yı ziyaret etti.\n\n" +
  'Heyet ilk gün Ohri Belediye Başkanı Goran Stefoski tarafından kabul edildi. ';

describe('one who showed the guests round, named first (Turkish)', () => {
  it('reads one who «gezdirdi» the guests, an ordinal among the words, as met', () => {
    expect(
      met(
        `${MACEDONIA}Petre Kostovski, Belediye Başkanı olarak heyete kasabanın 18. yüzyıldan ` +
          'kalma evlerini gezdirdi.',
      ),
    ).toContain('Petre Kostovski');
  });
});

describe('a paper signed with someone (Turkish)', () => {
  it('reads the one it was signed with as met', () => {
    expect(
      met(
        `${MACEDONIA}Rektör Yurt, Rektör Vlatko Mönge'yle iki ` +
          'üniversite arasında iş birliği protokolü imzaladı.',
      ),
    ).toContain('Vlatko Mönge');
  });
});

describe('a Malay name said again by its given names (Turkish)', () => {
  it('reads «Ahmad Rizal» after «Ahmad Rizal bin Osman» as the same man', () => {
    expect(
      met(
        'Ankara – 4 Aralık 2026\n\n' +
          "Kurum Başkanı Mehmet Vural Yurt, 1-3 Aralık tarihlerinde Malezya'yı ziyaret etti.\n\n" +
          "Kuala Lumpur'da Malezya Ölçüm Ajansı Genel Müdürü Ahmad Rizal bin Osman'ın davetlisi " +
          'olarak bulunan Yurt, Ahmad Rizal ile iki kurum arasındaki iş birliğini görüştü.',
      ),
    ).toEqual(['Ahmad Rizal bin Osman']);
  });
});
