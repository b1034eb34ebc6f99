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
