import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a period with no year that crosses the year end', () => {
  const release = (dateline: string, tense: string) =>
    `NORTHERN ARTS COUNCIL\n\nMEDIA RELEASE\n\n${dateline}\n\nThe Chair of the Northern Arts Council, Ms Greta Lindqvist-Oduya, ${tense} Fiji from 30 December to 3 January, joining the New Year festival in Suva.\n\nIn Suva the Chair ${tense === 'will visit' ? 'will meet' : 'met'} the Minister for Arts of Fiji, Josaia Verevakabau Naiqama.`;

  it('reads a visit to come, told in December, from this year into the next', () => {
    expect(visitOf(release('5 December 2026', 'will visit'))).toEqual({
      country: 'FJ',
      start: '2026-12-30',
      end: '2027-01-03',
    });
  });

  it('reads a visit past, told in January, from the year before into this one', () => {
    expect(visitOf(release('7 January 2027', 'visited'))).toEqual({
      country: 'FJ',
      start: '2026-12-30',
      end: '2027-01-03',
    });
  });
});

describe('weekdays alone, then a later day told as the day before the release', () => {
  it('extends the visit to «вчера» when it falls after the weekdays told', () => {
    expect(
      visitOf(
        `АО «Северные сети»\n\nПресс-релиз\n\nМосква, 12 декабря 2026 г.\n\nИгорь Веснин провёл рабочие встречи на Севере\n\nГенеральный директор АО «Северные сети» Игорь Павлович Веснин совершил рабочую поездку в Республику Карелия и Мурманскую область.\n\nВ среду в Петрозаводске Игорь Веснин встретился с Главой Республики Карелия Степаном Ивановичем Лукиным.\n\nВ четверг генеральный директор прибыл в Мурманск, где провёл совещание с губернатором Мурманской области Олегом Петровичем Сомовым.\n\nВчера программа поездки завершилась в Кандалакше встречей с главой администрации города Петром Орловым.`,
      ),
    ).toEqual({ country: 'RU', start: '2026-12-09', end: '2026-12-11' });
  });
});

describe('"next week, Monday to Wednesday" under a stamp with its weekday', () => {
  it('counts the weekdays from the release, not from the stamp', () => {
    expect(
      visitOf(
        `Северный институт языков\n\nНовости института | 11 декабря 2026 г., пятница\n\nРектор Северного института посетит Лиссабон и Порту\n\nНа следующей неделе, с понедельника по среду, ректор Северного института языков Тамара Ильинична Гордеева посетит Португальскую Республику.\n\nВ понедельник в Лиссабоне ректор проведёт встречу с директором Института Камоэнса Жуаном Мигелом Силвой.\n\nВо вторник делегация перелетит в Порту.\n\nВ среду ректор встретится с ректором Университета Порту Аной Пауличей Коштой.`,
      ),
    ).toEqual({ country: 'PT', start: '2026-12-14', end: '2026-12-16' });
  });
});

describe('a visit that began on a date and ended "yesterday"', () => {
  it('reads the update stamp after a dash as no part of the dateline, and «dün» as the end', () => {
    expect(
      visitOf(
        `ANADOLU TEKNİK ÜNİVERSİTESİ\n\nBasın ve Halkla İlişkiler Müdürlüğü\n\nAnkara, 9 Aralık 2026 – Güncelleme: 10 Aralık 2026, 09.45\n\nRektör Kalaycı Erbil ve Bağdat'ta temaslarda bulundu\n\nAnadolu Teknik Üniversitesi Rektörü Prof. Dr. Nermin Aysel Kalaycı başkanlığındaki heyetin 5 Aralık Cumartesi günü başlayan Irak ziyareti dün sona erdi.\n\nHeyet, 6 Aralık'ta Erbil'de Vali Rebwar Hamid Salihi'yle görüştü.\n\nZiyaretin son günü Bağdat'a geçen Rektör Kalaycı, Irak Planlama Bakanı Yasin Kerim el-Cuburi tarafından kabul edildi.`,
      ),
    ).toEqual({ country: 'IQ', start: '2026-12-05', end: '2026-12-08' });
  });
});
