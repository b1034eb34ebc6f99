import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

describe('"Пётр" in a case that drops its "ё" (Russian)', () => {
  it('is given back its "ё" in a release that writes "ё"', () => {
    expect(
      met(`${russianVisit('Озёрск')}Там он провёл переговоры с главой города Петром Сурминым.`),
    ).toEqual(['Пётр Сурмин']);
  });

  it('stays "Петр" in a release that writes no "ё" (guard)', () => {
    expect(
      met(`${russianVisit('Озерск')}Там он провел переговоры с главой города Петром Сурминым.`),
    ).toEqual(['Петр Сурмин']);
  });

  it('stays "Петр" where the release writes it so (guard)', () => {
    expect(
      met(
        `${russianVisit('Озёрск')}Там он провёл переговоры с главой города Петром Сурминым. ` +
          'Петр Сурмин рассказал о планах города.',
      ),
    ).toEqual(['Петр Сурмин']);
  });
});

// A host's release of a delegation's visit: the host's people hold the talks with the guests.
const hosting = (talks: string) =>
  'Новосибирск\n3 декабря 2026 г.\n\n' +
  'Агентство развития приняло делегацию провинции Лумпия\n\n' +
  'Во вторник и среду в Новосибирске с рабочим визитом находилась делегация правительства ' +
  'провинции Лумпия во главе с губернатором провинции Раулем Сантосом.\n\n' +
  `${talks} Стороны обсудили подготовку кадров.\n\n` +
  'В среду делегация была принята заместителем губернатора области Олегом Тюриным.';

describe('a host who holds talks with the guests, named before the verb (Russian)', () => {
  it('is met', () => {
    expect(
      met(
        hosting(
          'Во вторник директор Агентства технологического развития Анна Сурмина провела ' +
            'переговоры с зарубежными гостями в офисе агентства.',
        ),
      ),
    ).toEqual(['Анна Сурмина', 'Олег Тюрин']);
  });

  it('leaves the one who talks with a delegation, either side’s (guard)', () => {
    expect(
      met(
        hosting(
          'Во вторник директор Агентства технологического развития Анна Сурмина провела ' +
            'переговоры с делегацией в офисе агентства.',
        ),
      ),
    ).toEqual(['Олег Тюрин']);
  });
});
