import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a dateline written date first', () => {
  it('reads «4 декабря 2026 года, Казань» on its own line as the day of issue', () => {
    expect(
      visitOf(
        `Фонд культурного наследия\n\n4 декабря 2026 года, Казань\n\nДиректор Фонда посетит Казахстан\n\nДиректор Фонда культурного наследия Марат Ильдусович Гарифуллин посетит Республику Казахстан 9 декабря.\n\nВ Астане он встретится с министром культуры и информации Республики Казахстан Асланом Ерболовичем Тулегеновым.`,
      ),
    ).toEqual({ country: 'KZ', start: '2026-12-09', end: '2026-12-09' });
  });

  it('reads "4 Aralık 2026, İstanbul" ending the heading, not as a day of the visit', () => {
    expect(
      visitOf(
        `EGE İHRACATÇILAR BİRLİĞİ\n\nBasın Bülteni\n4 Aralık 2026, İstanbul\n\nBirlik heyeti Japonya'ya gidiyor\n\nBirlik Başkanı Selçuk Tan Oruçoğlu başkanlığındaki heyet, 8 Aralık Salı günü Tokyo'da Japonya Tarım Bakan Yardımcısı Haruto Mizuno tarafından kabul edilecek.`,
      ),
    ).toEqual({ country: 'JP', start: '2026-12-08', end: '2026-12-08' });
  });
});

describe('towns of southern Africa, the Barents region and the Netherlands', () => {
  it('tells "the day before yesterday" from a dateline in Botswana ending the heading', () => {
    expect(
      visitOf(
        `REGIONAL WATER COMMISSION\nCommission Secretariat\nGaborone, 6 December 2026\n\nMEDIA RELEASE\n\nAustrian envoy visits the Commission\n\nThe Special Envoy of Austria for Water Diplomacy, Dr. Florian Weidinger-Koch, paid a working visit to the Commission in Gaborone, Botswana. He arrived the day before yesterday and left yesterday evening.\n\nHe was received by the Executive Secretary of the Commission, Dr. Lesego Mothibi Ramotlhwa.`,
      ),
    ).toEqual({ country: 'BW', start: '2026-12-04', end: '2026-12-05' });
  });

  it('reads weekdays from a Norwegian dateline with a later "Published" stamp', () => {
    expect(
      visitOf(
        `Arctic Rail Council\nKirkenes, 3 December 2026 | Published 4 December 2026\n\nCouncil head in Sweden\n\nThe Head of the Arctic Rail Council, Sigrun Bakken Holm, travelled on Tuesday and Wednesday to northern Sweden.\n\nIn Kiruna she was received by the Mayor of Kiruna, Anders Lindgren Nyström.\n\nOn Wednesday she met the Governor of Norrbotten County, Elin Marklund Sjöberg, in Luleå.`,
      ),
    ).toEqual({ country: 'SE', start: '2026-12-01', end: '2026-12-02' });
  });

  it('places a Turkish trip by its first stop, a Frisian town, before later known ones', () => {
    expect(
      visitOf(
        `Tarım Ajansı\n\nAnkara, 4 Aralık 2026\n\nAjans heyeti Hollanda ve Macaristan'da\n\nAjans Başkanı Dr. Nuri Kemal Sarıkaya başkanlığındaki heyet, 30 Kasım–2 Aralık tarihlerinde Hollanda ve Macaristan'da hayvancılık üzerine incelemelerde bulundu.\n\nHeyet, 30 Kasım'da Leeuwarden'de Fryslân Eyaleti İcra Kurulu Üyesi Jelle Bouma tarafından kabul edildi.\n\n2 Aralık'ta Budapeşte'ye geçen heyet, Macaristan Tarım Bakanı Yardımcısı Zoltán Fekete ile görüştü.`,
      ).country,
    ).toBe('NL');
  });
});

describe('a stay told by its length and one of its ends', () => {
  const release = (when: string) =>
    `Coral Reef Agency\nSuva, Fiji\n\n4 December 2026\n\nAgency head to visit Tonga\n\nThe Director of the Coral Reef Agency, Dr. Mele Tauaa-Fonoti, will undertake ${when} to the Kingdom of Tonga.\n\nIn Nuku'alofa she will be received by the Minister of Fisheries of Tonga, Hon. Semisi Tapueluelu Fakahau.`;

  it('spans "a three-day visit beginning on 7 December" to its third day', () => {
    expect(visitOf(release('a three-day visit beginning on 7 December'))).toEqual({
      country: 'TO',
      start: '2026-12-07',
      end: '2026-12-09',
    });
  });

  it('spans "a two-day working visit starting on 8 December" to the day after', () => {
    expect(visitOf(release('a two-day working visit starting on 8 December'))).toEqual({
      country: 'TO',
      start: '2026-12-08',
      end: '2026-12-09',
    });
  });

  it('opens "a three-day visit ending on 10 December" two days before', () => {
    expect(visitOf(release('a three-day visit ending on 10 December'))).toEqual({
      country: 'TO',
      start: '2026-12-08',
      end: '2026-12-10',
    });
  });
});

describe('a day and the one after it', () => {
  it('reads «9 декабря и на следующий день» as two days', () => {
    expect(
      visitOf(
        `Фонд наследия\n\nМосква, 4 декабря 2026 года\n\nДиректор Фонда Марат Ильдусович Гарифуллин посетит Республику Казахстан 9 декабря и на следующий день – Кыргызскую Республику.\n\nВ Астане он встретится с министром культуры Республики Казахстан Асланом Ерболовичем Тулегеновым.`,
      ),
    ).toEqual({ country: 'KZ', start: '2026-12-09', end: '2026-12-10' });
  });

  it('reads "on 9 December and the following day" as two days', () => {
    expect(
      visitOf(
        `Coral Reef Agency\n\nSuva, 4 December 2026\n\nThe Director of the Agency, Dr. Mele Tauaa-Fonoti, will visit Samoa on 9 December and the following day Tonga.\n\nShe will meet the Prime Minister of Samoa, Fiame Leota Sailele-Tuimavave.`,
      ),
    ).toEqual({ country: 'WS', start: '2026-12-09', end: '2026-12-10' });
  });

  it("reads «9 Aralık'ta … ve ertesi gün» as two days", () => {
    const visit = visitOf(
      `Tarım Ajansı\n\nAnkara, 4 Aralık 2026\n\nAjans Başkanı Nuri Kemal Sarıkaya, 9 Aralık'ta Kazakistan'ı ve ertesi gün Kırgızistan'ı ziyaret edecek.\n\nSarıkaya, Astana'da Kazakistan Tarım Bakanı Aidarbek Saparov ile görüşecek.`,
    );
    expect([visit.start, visit.end]).toEqual(['2026-12-09', '2026-12-10']);
  });
});

describe('the week after the release, its days told apart', () => {
  it('spans «gelecek hafta» from its first dated day to a Saturday told alone', () => {
    expect(
      visitOf(
        `Ege Sanayi Odası\n\nİzmir, 4 Aralık 2026\n\nEge Sanayi Odası Başkanı Selçuk Tan Oruçoğlu başkanlığındaki heyet, gelecek hafta Japonya ve Güney Kore'ye bir inceleme gezisi düzenleyecek.\n\nHeyet, 9 Aralık Çarşamba günü Tokyo'da Japonya Sanayi Bakan Yardımcısı Haruto Mizuno tarafından kabul edilecek.\n\nHeyet, 11 Aralık Cuma günü Seul'e geçecek ve Kore Ticaret Bakan Yardımcısı Lee Dong-hwan ile görüşecek.\n\nHeyet hafta sonu da Kore'de kalarak Cumartesi günü Busan limanını inceleyecek.`,
      ),
    ).toEqual({ country: 'JP', start: '2026-12-09', end: '2026-12-12' });
  });
});

describe('a stamp of the update on the line under the dateline', () => {
  it('reads «Обновлено: …» under the date as no day of the visit', () => {
    expect(
      visitOf(
        `Ассоциация северных общин\n\nМосква\n3 декабря 2026 г.\nОбновлено: 5 декабря 2026 г.\n\nПрезидент Ассоциации провела встречи на Ямале\n\nС 30 ноября по 2 декабря президент Ассоциации северных общин Ольга Петровна Сэротэтто находилась с рабочей поездкой в Ямало-Ненецком автономном округе.\n\nВ Салехарде её принял заместитель губернатора автономного округа Игорь Николаевич Вануйто.`,
      ),
    ).toEqual({ country: 'RU', start: '2026-11-30', end: '2026-12-02' });
  });
});

describe('countries listed in the order of the trip', () => {
  it('opens with the first country listed when only a later one has a known town', () => {
    expect(
      visitOf(
        `Tarım Ajansı\n\nAnkara, 4 Aralık 2026\n\nAjans Başkanı Dr. Nuri Kemal Sarıkaya başkanlığındaki heyet, 30 Kasım–2 Aralık tarihlerinde Hollanda ve Macaristan'da hayvancılık üzerine incelemelerde bulundu.\n\nHeyet, 30 Kasım'da Dronten'de Flevoland Eyaleti İcra Kurulu Üyesi Jelle Bouma tarafından kabul edildi.\n\n2 Aralık'ta Budapeşte'ye geçen heyet, Macaristan Tarım Bakanı Yardımcısı Zoltán Fekete ile görüştü.`,
      ).country,
    ).toBe('NL');
  });
});
