import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met, roles } from '../test/peopleMet.js';

const TOUR =
  'Ankara – 4 Aralık 2026\n\n' +
  'Vakıf Genel Başkanı Kerem Ali Tan başkanlığındaki heyet, geçen hafta yurt dışında temaslarda bulundu.\n\n';

describe('a style of a cleric, a councillor or a Kun captain before a name (Turkish)', () => {
  it('reads «İmamı Molla A B’yi ziyaret etti» as A B', () => {
    expect(
      met(`${TOUR}Heyet burada Yeşiltepe Köyü İmamı Molla Nurmuhammet Ataýew'i ziyaret etti.`),
    ).toEqual(['Nurmuhammet Ataýew']);
  });

  it('reads the Turkmen «Cuma İmamı Ahun A B» as A B', () => {
    expect(
      met(`${TOUR}Heyet, öğleden sonra Bender Cuma İmamı Ahun Gurbanberdi Orazow'u ziyaret etti.`),
    ).toEqual(['Gurbanberdi Orazow']);
  });

  it('reads the Australian councillor’s «Cr A B» as A B', () => {
    expect(met(`${TOUR}Heyeti Darebin Belediye Başkanı Cr Ayla Demirtas karşıladı.`)).toEqual([
      'Ayla Demirtas',
    ]);
  });

  it('reads the Hungarian «Kunkapitány A B» as A B', () => {
    expect(
      met(
        `${TOUR}Heyet, Kunlar Derneği Başkanı Kunkapitány Tóth Erzsébet'in ev sahipliğinde düzenlenen törene katıldı.`,
      ),
    ).toEqual(['Tóth Erzsébet']);
  });

  it('keeps «Molla» that ends a name as the surname (guard)', () => {
    expect(met(`${TOUR}Heyet, Köy Muhtarı Berkay Molla ile görüştü.`)).toEqual(['Berkay Molla']);
  });
});

describe('a surname with a capital inside it (Turkish)', () => {
  it('reads «Başkanı A McB’yle görüştü» as A McB, one person', () => {
    expect(met(`${TOUR}Heyet, Kulüp Başkanı Dermot McCrory'yle görüştü.`)).toEqual([
      'Dermot McCrory',
    ]);
  });

  it('reads «Milletvekili A B-McC de katıldı» as A B-McC', () => {
    expect(
      met(`${TOUR}Görüşmeye Eyalet Parlamentosu Milletvekili Nilay Özkan-McGregor de katıldı.`),
    ).toEqual(['Nilay Özkan-McGregor']);
  });

  it('reads «Müdürü A DeB ile görüştü» as A DeB, one person', () => {
    expect(met(`${TOUR}Heyet, Müze Müdürü Carla DeMarchi ile görüştü.`)).toEqual([
      'Carla DeMarchi',
    ]);
  });
});

describe('a member of parliament for a seat, the seat before the title (Turkish)', () => {
  it('reads «Eyalet Parlamentosu X Milletvekili A B» as A B', () => {
    expect(
      met(`${TOUR}Heyet, Eyalet Parlamentosu Dandenong Milletvekili Ayla Demirtas ile görüştü.`),
    ).toEqual(['Ayla Demirtas']);
  });
});

describe('a name set off by a comma before the tombs of a people (Turkish)', () => {
  it('reads «Müdürü A B C, X mezarlarında bulunan eserleri heyete tanıttı» as A B C', () => {
    expect(
      met(
        `${TOUR}Müze Müdürü Vargáné Szőke Irén, Avar mezarlarında bulunan eserleri heyete tanıttı.`,
      ),
    ).toEqual(['Vargáné Szőke Irén']);
  });
});

describe('people of history, whose monument or tomb the visitors saw (Turkish)', () => {
  it('reads no one in «A B C ve atının heykelini de ziyaret etti»', () => {
    expect(
      met(
        `${TOUR}Heyet, Eyalet Meclisi Başkanı Ayla Demirtas ile görüştü. Heyet, parktaki Thomas Edgar Whitcombe ve atının heykelini de ziyaret etti.`,
      ),
    ).toEqual(['Ayla Demirtas']);
  });

  it('reads no one in «A Han anısına dikilen anıtı ziyaret edecek»', () => {
    expect(
      met(
        `${TOUR}Heyet, Vali Yardımcısı Oleg Petrovich Sarnov ile görüştü. Heyet, kalenin kalıntılarını ve Ediger Han anısına dikilen anıtı ziyaret etti.`,
      ),
    ).toEqual(['Oleg Petrovich Sarnov']);
  });

  it('reads no one in «hükümdarı A bin B için yapılan kümbeti ziyaret etti»', () => {
    expect(
      met(
        `${TOUR}Heyet, Vali Yardımcısı Oleg Petrovich Sarnov ile görüştü. Heyet, hükümdarı Manuçehr bin Şemsülmeali için yapılan kümbeti ziyaret etti.`,
      ),
    ).toEqual(['Oleg Petrovich Sarnov']);
  });

  it('reads no one in a clause of history after a semicolon: «…; kuşatmada orduya A B Paşa komuta etmişti»', () => {
    expect(
      met(
        `${TOUR}Heyet, Vali Yardımcısı Oleg Petrovich Sarnov ile görüştü. Heyet, tabyayı da ziyaret etti; kuşatmada orduya Vezir Halil Rüstem Paşa komuta etmişti.`,
      ),
    ).toEqual(['Oleg Petrovich Sarnov']);
  });
});

describe('a name given again in brackets in the form papers give (Turkish)', () => {
  it('reads «A B C (resmî belgelerde D C) ile bir araya gelindi» as A B C alone', () => {
    expect(
      met(
        `${TOUR}Aynı gün Kültür Derneği Başkanı Gülnur Rafikovna Sabitova (resmî belgelerde Gulnura Sabitova) ile bir araya gelindi.`,
      ),
    ).toEqual(['Gülnur Rafikovna Sabitova']);
  });
});

describe('a surname of two words said again alone (Turkish)', () => {
  it('reads «… A B C ile görüşecek. B C’yle yapılacak görüşmede …» as one person', () => {
    expect(
      met(
        `${TOUR}Rektör, Bakan Yardımcısı Dr. Kamran Sobhani Tabrizi ile görüşecek. Sobhani Tabrizi'yle yapılacak görüşmede diploma denkliği ele alınacak.`,
      ),
    ).toEqual(['Kamran Sobhani Tabrizi']);
  });
});

describe('one who attended the meeting a host held (Turkish)', () => {
  it('reads «A’nın ev sahipliğinde düzenlenen toplantıya B C de katıldı» as A and B C met', () => {
    expect(
      met(
        `${TOUR}Heyeti Darebin Belediye Başkanı Ayla Demirtas karşıladı. Demirtas'ın ev sahipliğinde düzenlenen toplantıya Eyalet Parlamentosu Milletvekili Nilay Özkan-Carter de katıldı.`,
      ),
    ).toEqual(['Ayla Demirtas', 'Nilay Özkan-Carter']);
  });

  it('keeps Türkiye’s own consul who attended it unmet (guard)', () => {
    expect(
      met(
        `${TOUR}Heyeti Belediye Başkanı Ayla Demirtas karşıladı. Belediyede düzenlenen toplantıya Türkiye'nin Melbourne Başkonsolosu Nilay Özkan de katıldı.`,
      ),
    ).toEqual(['Ayla Demirtas']);
  });
});

describe('days written after their month, from one to the other (Turkish)', () => {
  it('reads «Aralık’ın 7’sinden 10’una kadar» as 7–10 December', () => {
    const { visit } = extractDraft(
      'Ankara – 2 Aralık 2026\n\n' +
        "Vakıf Genel Başkanı Kerem Ali Tan başkanlığındaki bir heyet, Aralık'ın 7'sinden 10'una kadar Kazakistan'da temaslarda bulunacak.\n\n" +
        "Heyet, 8 Aralık'ta Türkistan'a geçecek.",
    );
    expect([visit.start_date, visit.end_date]).toEqual(['2026-12-07', '2026-12-10']);
  });
});

describe('a title before an Austrian or an Australian style written short (Turkish)', () => {
  it('reads «Meclisi Üyesi Mag.a A B-C» as A B-C, the style no part of the title', () => {
    expect(
      roles(`${TOUR}Görüşmeye Graz Belediye Meclisi Üyesi Mag.a Sevda Kılınç-Gruber de katıldı.`),
    ).toEqual([['Sevda Kılınç-Gruber', 'Graz Belediye Meclisi Üyesi', null]]);
  });

  it('reads «Derneği Başkanı KommR A B» as the body’s Başkan', () => {
    expect(
      roles(`${TOUR}Heyet, Linz Türk Esnaf Derneği Başkanı KommR Orhan Kızılkaya ile görüştü.`),
    ).toEqual([['Orhan Kızılkaya', 'Başkan', 'Linz Türk Esnaf Derneği']]);
  });

  it('reads «Belediye Başkanı Cr. A B» with the mayor’s title', () => {
    expect(roles(`${TOUR}Heyet, Darebin Belediye Başkanı Cr. Ayla Demirtas ile görüştü.`)).toEqual([
      ['Ayla Demirtas', 'Darebin Belediye Başkanı', null],
    ]);
  });
});

describe('the head of a national-cultural autonomy or of a community (Turkish)', () => {
  it('reads «X Milli Kültür Özerkliği Başkanı A B C» as the body’s Başkan', () => {
    expect(
      roles(
        `${TOUR}Heyet, Omsk Kazak Milli Kültür Özerkliği Başkanı Erlan Bolatoviç Sarsenov ile görüştü.`,
      ),
    ).toEqual([['Erlan Bolatoviç Sarsenov', 'Başkan', 'Omsk Kazak Milli Kültür Özerkliği']]);
  });

  it('reads «X Türkleri Topluluğu Başkanı A B C» as the body’s Başkan', () => {
    expect(
      roles(`${TOUR}Heyet, Şor Türkleri Topluluğu Başkanı Vera Petrovna Kızlasova ile görüştü.`),
    ).toEqual([['Vera Petrovna Kızlasova', 'Başkan', 'Şor Türkleri Topluluğu']]);
  });
});

describe('an office named in brackets in its own language, in small letters or a phrase (Turkish)', () => {
  it('reads «Belediye Başkanı (polgármester) A B C tarafından» with the mayor’s title', () => {
    expect(
      roles(
        `${TOUR}Heyet, Jászberény Belediye Başkanı (polgármester) Varga Béla Ferenc tarafından karşılandı.`,
      ),
    ).toEqual([['Varga Béla Ferenc', 'Jászberény Belediye Başkanı', null]]);
  });

  it('reads «Bakan Yardımcısı (Assistant Minister for X’ Affairs) A B» with the Turkish title', () => {
    expect(
      roles(
        `${TOUR}Heyet, Avustralya Tarım Bakan Yardımcısı (Assistant Minister for Farmers' Affairs) Declan Whitfield ile görüştü.`,
      ),
    ).toEqual([['Declan Whitfield', 'Avustralya Tarım Bakan Yardımcısı', null]]);
  });
});
