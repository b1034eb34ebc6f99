import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a weekday of the week gone by, said on that same weekday (Russian)', () => {
  const release = (dateline: string, body: string) =>
    `Казань, ${dateline} 2026 г.\n\nДелегация Татарстана побывала в Армении\n\n${body}`;

  it('reads «в минувшую пятницу» in a release of a Friday as the Friday before, and the end from «три дня»', () => {
    expect(
      visitOf(
        release(
          '9 октября',
          'В минувшую пятницу министр промышленности Республики Татарстан Пётр Ерёмин прибыл с рабочим визитом в Республику Армения. Программа визита, продлившегося три дня, включала встречи в Ереване и Гюмри.\n\nВ пятницу в Ереване делегация была принята министром экономики Армении Ашотом Мелконяном. В субботу министр посетил Гюмри. В воскресенье делегация встретилась с ректором университета Ареном Саркисяном.',
        ),
      ),
    ).toEqual({ country: 'AM', start: '2026-10-02', end: '2026-10-04' });
  });

  it('reads «в минувший понедельник» with a «двухдневный визит»', () => {
    expect(
      visitOf(
        release(
          '12 октября',
          'В минувший понедельник министр промышленности Республики Татарстан Пётр Ерёмин начал двухдневный визит в Республику Армения. В Ереване состоялась встреча с министром экономики Армении Ашотом Мелконяном.',
        ),
      ),
    ).toEqual({ country: 'AM', start: '2026-10-05', end: '2026-10-06' });
  });

  it('reads «в прошлую среду» with a stay «в течение трёх дней»', () => {
    expect(
      visitOf(
        release(
          '14 октября',
          'В прошлую среду министр промышленности Республики Татарстан Пётр Ерёмин прибыл в Республику Армения, где в течение трёх дней провёл переговоры с министром экономики Армении Ашотом Мелконяном.',
        ),
      ),
    ).toEqual({ country: 'AM', start: '2026-10-07', end: '2026-10-09' });
  });

  it('reads «на этой неделе во вторник и среду» as the two days of this week', () => {
    expect(
      visitOf(
        release(
          '9 октября',
          'На этой неделе во вторник и среду министр промышленности Республики Татарстан Пётр Ерёмин находился с рабочим визитом в Республике Армения.',
        ),
      ),
    ).toEqual({ country: 'AM', start: '2026-10-06', end: '2026-10-07' });
  });
});

describe('months written in Roman numerals (Russian)', () => {
  const release = (when: string, issued = '2.X.2026') =>
    `АО «Уральские заводы»\nПресс-релиз\n${issued}\n\nДелегация проведёт переговоры в Армении\n\n${when} делегация АО «Уральские заводы» во главе с директором Петром Ерёминым посетит Республику Армения.`;

  it('reads «С 8.X.2026 по 10.X.2026»', () => {
    expect(visitOf(release('С 8.X.2026 по 10.X.2026'))).toEqual({
      country: 'AM',
      start: '2026-10-08',
      end: '2026-10-10',
    });
  });

  it('reads «8–10.X.2026» and «с 8 по 10.X»', () => {
    expect(visitOf(release('8–10.X.2026'))).toMatchObject({
      start: '2026-10-08',
      end: '2026-10-10',
    });
    expect(visitOf(release('С 8 по 10.X'))).toMatchObject({
      start: '2026-10-08',
      end: '2026-10-10',
    });
  });

  it('reads one day «12.XI» across the month, the year from the dateline', () => {
    expect(visitOf(release('12.XI'))).toMatchObject({
      start: '2026-11-12',
      end: '2026-11-12',
    });
    expect(visitOf(release('С 30.IX по 2.X.2026'))).toMatchObject({
      start: '2026-09-30',
      end: '2026-10-02',
    });
  });

  it("takes the date after «Пресс-релиз» in the office's heading as the day of issue, not the visit's", () => {
    expect(visitOf(release('С 8.X.2026 по 10.X.2026', '2 октября 2026 г.'))).toMatchObject({
      start: '2026-10-08',
      end: '2026-10-10',
    });
    expect(visitOf(release('С 8 по 10 октября', '02.10.2026'))).toMatchObject({
      start: '2026-10-08',
      end: '2026-10-10',
    });
  });
});
