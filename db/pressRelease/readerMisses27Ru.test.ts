import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';
import { findDates } from './pressDates.js';

describe('dates written with dots, day first, in a Russian release', () => {
  it('reads a dotted dateline and gives its year to a period in words: «Москва, 04.12.2026» … «С 30 ноября по 3 декабря» (Russian)', () => {
    expect(
      visitOf(
        'Москва, 06.10.2026\n\nС 28 сентября по 2 октября директор института Пётр Лавров находился с рабочим визитом в Монголии. 29 сентября в Улан-Баторе Пётр Лавров провёл переговоры с ректором Монгольского государственного университета Батбаяром Дорж.',
      ),
    ).toEqual({ country: 'MN', start: '2026-09-28', end: '2026-10-02' });
  });

  it('reads a dotted period in the text: «30.11–03.12.2026» (Russian)', () => {
    expect(
      visitOf(
        'Генеральный директор агентства Пётр Лавров 28.09–02.10.2026 находился с рабочим визитом в Монголии.',
      ),
    ).toMatchObject({ start: '2026-09-28', end: '2026-10-02' });
  });

  it('reads «с 01.12 по 03.12.2026» (Russian)', () => {
    expect(
      visitOf(
        'С 05.10 по 07.10.2026 генеральный директор агентства Пётр Лавров находился с рабочим визитом в Монголии.',
      ),
    ).toMatchObject({ start: '2026-10-05', end: '2026-10-07' });
  });

  it('reads a dotted date with two digits of the year: «03.12.26» (Russian)', () => {
    expect(
      visitOf(
        '14.10.26 генеральный директор агентства Пётр Лавров совершил рабочий визит в Монголию.',
      ),
    ).toMatchObject({ start: '2026-10-14', end: '2026-10-14' });
  });

  it('reads a dotted date within the text as a day of the visit, with its meeting: «02.12.2026 в Токио … провёл встречу» (Russian)', () => {
    const text =
      'Москва, 16.10.2026\n\nС 12 по 15 октября директор института Пётр Лавров находился с рабочим визитом в Монголии. 13.10.2026 в Улан-Баторе Пётр Лавров провёл переговоры с ректором Монгольского государственного университета Батбаяром Дорж.';
    expect(visitOf(text)).toEqual({ country: 'MN', start: '2026-10-12', end: '2026-10-15' });
  });

  it('leaves other dotted numbers alone: a share, a version, a section, no day or month', () => {
    expect(findDates('рост на 3.5 процента, версия 1.2.3, раздел 4.12, версия 2.1.10')).toEqual([]);
    expect(findDates('пункт 45.13.2026')).toEqual([]);
  });
});

describe('a visit paid to someone in the dative is a meeting with them', () => {
  it('reads «гости нанесли визит директору музея A B» in the dative (Russian)', () => {
    expect(
      roles(
        `${russianVisit('Казань')}Затем гости нанесли визит директору Музея Арктики Рустаму Гайнуллину и осмотрели экспозицию.`,
      ),
    ).toEqual([['Рустам Гайнуллин', 'директор', 'Музей Арктики']]);
  });

  it('reads «нанёс визит вежливости послу A B» (Russian)', () => {
    expect(
      met(
        `${russianVisit('Ереван')}В тот же день Иван Смирнов нанёс визит вежливости послу Российской Федерации в Армении Сергею Копыркину.`,
      ),
    ).toEqual(['Сергей Копыркин']);
  });

  it('reads a woman in the dative: «делегация нанесла визит ректору университета A B» (Russian)', () => {
    expect(
      met(
        `${russianVisit('Минск')}Делегация нанесла визит ректору Белорусского государственного университета Ирине Медведевой.`,
      ),
    ).toEqual(['Ирина Медведева']);
  });
});
