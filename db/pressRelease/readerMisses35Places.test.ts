import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('weekdays put in the week gone by before or after them', () => {
  const release = (when: string, second: string) =>
    `ATLANTIC OCEAN INSTITUTE\n\nReykjavik, Iceland – 4 December 2026 | Updated 5 December 2026\n\nThe Director of the Atlantic Ocean Institute, Dr. Brynja Haldorsen-Eke, ${when} began a three-day working visit to the Kingdom of Tonga.\n\nIn Nuku'alofa she called on the Minister of Fisheries of Tonga, Hon. Semisi Tapueluelu Fakahau.\n\n${second} she visited the fisheries college, where its Principal, Dr. Mele Tuipulotu Vaka, showed her the new hatchery.\n\nOn Thursday she held talks with the Speaker of the Legislative Assembly, Lord Fusitu'a Tangi.`;

  it('reads "this past Tuesday" under a dateline with an update stamp', () => {
    expect(visitOf(release('this past Tuesday', 'On Wednesday'))).toEqual({
      country: 'TO',
      start: '2026-12-01',
      end: '2026-12-03',
    });
  });

  it('reads "Tuesday last" and "on Tuesday last" the same way', () => {
    expect(visitOf(release('Tuesday last', 'On Wednesday'))).toEqual({
      country: 'TO',
      start: '2026-12-01',
      end: '2026-12-03',
    });
    expect(visitOf(release('on Tuesday last', 'On Wednesday'))).toEqual({
      country: 'TO',
      start: '2026-12-01',
      end: '2026-12-03',
    });
  });

  it('reads "this past Monday" and "Monday last"', () => {
    expect(visitOf(release('this past Monday', 'On Tuesday'))).toMatchObject({
      start: '2026-11-30',
      end: '2026-12-03',
    });
    expect(visitOf(release('Monday last', 'On Tuesday'))).toMatchObject({
      start: '2026-11-30',
      end: '2026-12-03',
    });
  });

  it('reads a dateline of a place named in two languages on its own line', () => {
    expect(
      visitOf(
        `Sámi Youth Council concludes visit to Canada\n\nGuovdageaidnu/Kautokeino, 4 December 2026\n\nThe President of the Sámi Youth Council, Ánne Risten Bals-Utsi, returned this week from an official visit to Canada.\n\nThe visit began in Ottawa on Tuesday last, when she was received by the Minister of Northern Affairs of Canada, Hon. Daniel Tremblay-Okpik.\n\nOn Wednesday she held talks with the President of Inuit Tapiriit Kanatami, Natan Obed-Kilabuk.`,
      ),
    ).toEqual({ country: 'CA', start: '2026-12-01', end: '2026-12-02' });
  });
});

describe('a release told by the host of the visit', () => {
  it('places an English host-told visit where the dateline is, not where the guests come from', () => {
    expect(
      visitOf(
        `Hungarian water delegation to visit the Danube Institute\n\nKrems, Austria, 3 December 2026\n\nThe Danube Water Institute will host a delegation from the Republic of Hungary on the seventh and eighth of December. The delegation will be led by the State Secretary for Water of Hungary, Réka Földvári-Szabó.\n\nOn Monday the delegation will be welcomed by the Director of the Institute, Dr. Andreas Hollerbach-Riel.\n\nThe visit will also be attended by the Ambassador of Hungary to Austria, Gábor Kertész-Vida.`,
      ),
    ).toMatchObject({ country: 'AT' });
  });

  it('places a visit to a Pacific city its dateline names', () => {
    expect(
      visitOf(
        `PACIFIC LANGUAGES TRUST\nNEWS RELEASE\n\nHONOLULU (December 5, 2026) — The Pacific Languages Trust will welcome a delegation of Samoan educators from Apia next Thursday and Friday.\n\nOn Thursday the visitors will be received by the Chief Executive of the Trust, Dr. Noelani Kapuāʻala-Kealoha.`,
      ),
    ).toMatchObject({ country: 'US' });
  });

  it('places a Turkish release told by a province its guest came to in Turkey', () => {
    expect(
      visitOf(
        `T.C.\nSİVAS VALİLİĞİ\n\nAzerbaycan Kars Başkonsolosu Sivas'ta\n\nAzerbaycan'ın Kars Başkonsolosu Elnur Quliyev, Salı günü ilimize bir ziyaret gerçekleştirdi. Başkonsolos Quliyev, Valilik makamında Vali Yardımcısı Murat Tekinalp tarafından kabul edildi.`,
      ).country,
    ).toBe('TR');
  });

  it('places a Turkish release whose host welcomed a delegation in Turkey', () => {
    expect(
      visitOf(
        `Gürcistan heyeti Rize'de\n\nRize Ticaret Odası, Gürcistan Ekonomi Bakan Yardımcısı Levan Davitashvili başkanlığındaki heyetini ağırladı. Heyet, Oda Başkanı Ahmet Karaoğlu ile görüştü.`,
      ).country,
    ).toBe('TR');
  });
});

describe('places of a Russian trip and dateline', () => {
  it('takes China first from «посетит Китай и Республику Корея»', () => {
    expect(
      visitOf(
        `Санкт-Петербург, 4 декабря 2026 г.\n\nДиректор Эрмитажа посетит Китай и Республику Корея\n\nНа следующей неделе директор музея Ольга Петровна Сомова совершит рабочую поездку в Китайскую Народную Республику и Республику Корея.\n\n10 декабря Ольга Сомова прибудет в Сеул, где проведёт переговоры с министром культуры Республики Корея Пак Мин Су.`,
      ).country,
    ).toBe('CN');
  });

  it('reads «Ханой и Вьентьян» with Hanoi first', () => {
    expect(
      visitOf(
        `Москва, 4 декабря 2026 г.\n\nНа следующей неделе председатель совета Игорь Павлович Лунин посетит Ханой и Вьентьян, где проведёт переговоры с министром торговли Вьетнама Нгуен Ван Ханем.`,
      ).country,
    ).toBe('VN');
  });

  it('places a visit whose dateline alone names Denpasar', () => {
    expect(
      visitOf(
        `Денпасар, 3 декабря 2026 г.\n\nДелегация провела переговоры на Бали\n\nСегодня делегация совета во главе с её председателем Олегом Ивановичем Рудневым провела в административном центре провинции серию встреч.\n\nДелегация была принята губернатором провинции И Кетутом Сударсаной.`,
      ),
    ).toEqual({ country: 'ID', start: '2026-12-03', end: '2026-12-03' });
  });
});

describe('a release told by the visitor whose host received its delegation', () => {
  it('places «принял делегацию» in the city the reception was in, with no dateline', () => {
    expect(
      visitOf(
        'Президент Республики Узбекистан Фаррух Садыков 3 декабря 2026 года принял в Ташкенте делегацию Совещания во главе с Исполнительным директором Аскаром Бекжановым. Стороны обсудили сотрудничество.',
      ).country,
    ).toBe('UZ');
  });

  it('gives no home country to «heyetini ağırladı» said of a host abroad, with no dateline', () => {
    expect(
      visitOf(
        "Kırgız Cumhuriyeti Dışişleri Bakanı Nurlan Asanaliev, 3 Aralık 2026 tarihinde Bişkek'te Konferans heyetini ağırladı. Görüşmede işbirliği ele alındı.",
      ).country,
    ).not.toBe('TR');
  });

  it('gives no home country to a Russian release whose foreign host received a delegation', () => {
    expect(
      visitOf(
        'Министр иностранных дел Республики Молдова Ион Русу 3 декабря 2026 года принял делегацию Совещания. Стороны обсудили сотрудничество.',
      ).country,
    ).not.toBe('RU');
  });
});
