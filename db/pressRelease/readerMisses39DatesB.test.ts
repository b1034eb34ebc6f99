import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';
import { findDates } from './pressDates.js';

describe('a visit told by its length and the day it ended, from the day of issue', () => {
  const ru = (lead: string) =>
    `АО «Уралхим»\n\nПресс-релиз\n\nПермь, 10 декабря 2026 г.\n\nУралхим обсудил поставки удобрений в Казахстане\n\n${lead}\n\nВ первый день поездки Пётр Саввич Громов встретился в Астане с министром сельского хозяйства Казахстана Нурланом Ерболовичем Жаксыбаевым.`;

  it('reads «четырёхдневная поездка … завершилась вчера» as four days up to yesterday', () => {
    expect(
      visitOf(
        ru(
          'Вчера завершилась четырёхдневная рабочая поездка генерального директора АО «Уралхим» Петра Саввича Громова в Республику Казахстан.',
        ),
      ),
    ).toEqual({ country: 'KZ', start: '2026-12-06', end: '2026-12-09' });
  });

  it('reads «в ходе трёхдневного визита, завершившегося вчера» the same way', () => {
    expect(
      visitOf(
        ru(
          'Генеральный директор АО «Уралхим» Пётр Саввич Громов в ходе трёхдневного визита в Республику Казахстан, завершившегося вчера, обсудил поставки удобрений.',
        ),
      ),
    ).toEqual({ country: 'KZ', start: '2026-12-07', end: '2026-12-09' });
  });

  it('reads «двухдневная поездка завершилась сегодня» as two days up to the day of issue', () => {
    expect(
      visitOf(
        ru(
          'Сегодня завершилась двухдневная поездка генерального директора АО «Уралхим» Петра Саввича Громова в Республику Казахстан.',
        ),
      ),
    ).toEqual({ country: 'KZ', start: '2026-12-09', end: '2026-12-10' });
  });

  const tr = (lead: string) =>
    `T.C.\nEGE ÜNİVERSİTESİ\n\nİzmir, 10 Aralık 2026\n\nRektörümüz Bakü'de temaslarda bulundu\n\n${lead}\n\nHeyet, ziyaretin ilk gününde Bakü Devlet Üniversitesi Rektörü Elçin Rüstemoğlu Babayev'le görüştü.`;

  it('reads «dört günlük ziyaret dün sona erdi» as four days up to yesterday', () => {
    expect(
      visitOf(
        tr(
          "Rektörümüz Prof. Dr. Hülya Demirtaş başkanlığındaki heyetin Azerbaycan'a gerçekleştirdiği dört günlük ziyaret dün sona erdi.",
        ),
      ),
    ).toEqual({ country: 'AZ', start: '2026-12-06', end: '2026-12-09' });
  });

  it('reads «üç günlük ziyaret dün tamamlandı» as three days up to yesterday', () => {
    expect(
      visitOf(
        tr(
          "Rektörümüz Prof. Dr. Hülya Demirtaş başkanlığındaki heyetin Azerbaycan'a yaptığı üç günlük ziyaret dün tamamlandı.",
        ),
      ),
    ).toEqual({ country: 'AZ', start: '2026-12-07', end: '2026-12-09' });
  });

  it('reads "a three-day visit … ended yesterday" the same way', () => {
    expect(
      visitOf(
        'NORDIC FISHERIES BUREAU\n\nBERGEN, 10 December 2026 – A three-day working visit of the Director of the Nordic Fisheries Bureau, Dr. Helga Thorsen-Bakke, to Kenya ended yesterday.\n\nIn Nairobi, Dr. Thorsen-Bakke was received by the Cabinet Secretary for Fisheries of Kenya, Joseph Kamau Wanjiru.',
      ),
    ).toEqual({ country: 'KE', start: '2026-12-07', end: '2026-12-09' });
  });

  it('keeps one day when the length is not told as ending then', () => {
    expect(
      visitOf(
        tr(
          "Rektörümüz Prof. Dr. Hülya Demirtaş başkanlığındaki heyet dün Azerbaycan'da temaslarda bulundu.",
        ),
      ),
    ).toEqual({ country: 'AZ', start: '2026-12-09', end: '2026-12-09' });
  });
});

describe('a visit told by the last days of a month and the first of the next', () => {
  it('reads «в последний день ноября и первые два дня декабря»', () => {
    expect(
      visitOf(
        'ПАО «Северсталь»\n\nНовости\n\nЧереповец, 4 декабря 2026 г.\n\nСеверсталь провела переговоры в Кении\n\nГенеральный директор ПАО «Северсталь» Олег Викторович Пахомов в последний день ноября и первые два дня декабря посетил с рабочим визитом Республику Кению.\n\nВ Найроби генеральный директор провёл переговоры с министром промышленности Кении Джеймсом Одхиамбо Очиенгом.',
      ),
    ).toEqual({ country: 'KE', start: '2026-11-30', end: '2026-12-02' });
  });

  it('reads «в последние два дня ноября»', () => {
    expect(
      visitOf(
        'ПАО «Северсталь»\n\nНовости\n\nЧереповец, 4 декабря 2026 г.\n\nСеверсталь провела переговоры в Кении\n\nГенеральный директор ПАО «Северсталь» Олег Викторович Пахомов в последние два дня ноября посетил с рабочим визитом Республику Кению.\n\nВ Найроби генеральный директор провёл переговоры с министром промышленности Кении Джеймсом Одхиамбо Очиенгом.',
      ),
    ).toEqual({ country: 'KE', start: '2026-11-29', end: '2026-11-30' });
  });

  it('reads "the last day of November and the first two days of December"', () => {
    expect(
      visitOf(
        'NORDIC FISHERIES BUREAU\n\nBERGEN, 4 December 2026 – On the last day of November and the first two days of December the Director of the Nordic Fisheries Bureau, Dr. Helga Thorsen-Bakke, paid a working visit to Kenya.\n\nIn Nairobi, Dr. Thorsen-Bakke was received by the Cabinet Secretary for Fisheries of Kenya, Joseph Kamau Wanjiru.',
      ),
    ).toEqual({ country: 'KE', start: '2026-11-30', end: '2026-12-02' });
  });

  it("reads «Kasım'ın son günü ve Aralık'ın ilk iki günü»", () => {
    expect(
      visitOf(
        "T.C.\nEGE ÜNİVERSİTESİ\n\nİzmir, 4 Aralık 2026\n\nRektörümüz Kenya'da temaslarda bulundu\n\nRektörümüz Prof. Dr. Hülya Demirtaş, Kasım'ın son günü ve Aralık'ın ilk iki günü Kenya'ya bir çalışma ziyareti gerçekleştirdi.\n\nRektör Demirtaş, Nairobi Üniversitesi Rektörü Joseph Kamau Wanjiru ile görüştü.",
      ),
    ).toEqual({ country: 'KE', start: '2026-11-30', end: '2026-12-02' });
  });

  it('reads "the last two days of February" of a leap year', () => {
    expect(
      visitOf(
        'NORDIC FISHERIES BUREAU\n\nBERGEN, 4 March 2028 – In the last two days of February 2028 the Director of the Nordic Fisheries Bureau, Dr. Helga Thorsen-Bakke, paid a working visit to Kenya.\n\nIn Nairobi, Dr. Thorsen-Bakke was received by the Cabinet Secretary for Fisheries of Kenya, Joseph Kamau Wanjiru.',
      ),
    ).toEqual({ country: 'KE', start: '2028-02-28', end: '2028-02-29' });
  });
});

describe("the days at a month's edge as dates", () => {
  it("gives the written words back as the date's text", () => {
    const sentence = 'Делегация в последние три дня ноября 2026 работала в Найроби.';
    const [date] = findDates(sentence);
    expect(date?.text).toBe('последние три дня ноября 2026');
    expect([date?.start.day, date?.end?.day, date?.end?.month]).toEqual([28, 30, 11]);
  });

  it('reads no days from "the first days of" with no count', () => {
    expect(findDates('The team worked in Nairobi in the first days of December.')).toEqual([]);
  });
});
