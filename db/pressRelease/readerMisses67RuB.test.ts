import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { datesOf, visitOf } from '../test/visitFacts.js';

const FUND =
  'Москва, 1 декабря 2026 года. Директор фонда «Вереск» Олег Рудин посетит Кыргызскую ' +
  'Республику. ';

describe('a Russian period whose ends are told with a part of the day or a weekday', () => {
  it('reads «с вечера 14 до утра 17 декабря» as the 14th to the 17th', () => {
    expect(datesOf(`${FUND}Визит пройдёт с вечера 14 до утра 17 декабря.`)).toEqual([
      '2026-12-14',
      '2026-12-17',
    ]);
  });

  it('reads «с 20 до 23 декабря», the end after «до», as a period', () => {
    expect(datesOf(`${FUND}Визит пройдёт с 20 до 23 декабря.`)).toEqual([
      '2026-12-20',
      '2026-12-23',
    ]);
  });

  it('keeps a stay «до 23 декабря» after a first day told apart as its end (guard)', () => {
    expect(datesOf(`${FUND}Визит начнётся 20 декабря и продлится до 23 декабря.`)).toEqual([
      '2026-12-20',
      '2026-12-23',
    ]);
  });

  it('reads «со среды, 9 декабря, по понедельник, 14 декабря», a month after each day', () => {
    expect(
      datesOf(
        'Москва, 16 декабря 2026 года. Директор фонда «Вереск» Олег Рудин возглавил экспедицию, ' +
          'которая со среды, 9 декабря, по понедельник, 14 декабря, работала в Кыргызской ' +
          'Республике. 11 декабря экспедиция прибыла в Ош. Олега Рудина принял мэр города Ош ' +
          'Эркин Сыдыков.',
      ),
    ).toEqual(['2026-12-09', '2026-12-14']);
  });

  it('still reads «со вторника, 8-го, по четверг, 10 декабря» (guard)', () => {
    expect(datesOf(`${FUND}Визит пройдёт со вторника, 8-го, по четверг, 10 декабря.`)).toEqual([
      '2026-12-08',
      '2026-12-10',
    ]);
  });

  it('still reads «с 14 по 17 декабря» (guard)', () => {
    expect(datesOf(`${FUND}Визит пройдёт с 14 по 17 декабря.`)).toEqual([
      '2026-12-14',
      '2026-12-17',
    ]);
  });
});

describe('a Central Asian governor\'s office ending in "-им" written in the nominative', () => {
  it('keeps «аким района» as written, not read as an adjective in the instrumental', () => {
    expect(
      roles(
        `${FUND}14 декабря в Таласе его примет аким Манасского района Эркин Сыдыков. ` +
          'Речь пойдёт о ремонте дорог.',
      ),
    ).toEqual([['Эркин Сыдыков', 'аким Манасского района', null]]);
  });

  it('still reads «с Первым заместителем министра» in the nominative (guard)', () => {
    expect(
      roles(
        `${FUND}14 декабря Олег Рудин встретился с Первым заместителем министра культуры ` +
          'Кыргызской Республики Эркином Сыдыковым.',
      ),
    ).toEqual([
      ['Эркин Сыдыков', 'Первый заместитель министра культуры Кыргызской Республики', null],
    ]);
  });
});

const TRIP = 'Москва, 1 декабря 2026 года. Директор фонда «Вереск» Олег Рудин посетил Узбекистан. ';

describe('a given name in "-ом" beside a surname in the nominative', () => {
  it('keeps «Бахром» whole before a surname in "-ов" and its Latin spelling in brackets', () => {
    expect(
      met(
        `${TRIP}В Нукусе руководитель Центра водных ресурсов Бахром Сафаров (Bahrom Safarov) ` +
          'показал посадки саксаула.',
      ),
    ).toEqual(['Бахром Сафаров']);
  });

  it('still reads «с хокимом Бахромом Сафаровым» back to «Бахром Сафаров» (guard)', () => {
    expect(
      met(`${TRIP}В Нукусе Олег Рудин встретился с хокимом области Бахромом Сафаровым.`),
    ).toEqual(['Бахром Сафаров']);
  });

  it('still reads «с министром Иваном Петровым» back to «Иван Петров» (guard)', () => {
    expect(met(`${TRIP}Олег Рудин встретился с министром культуры Иваном Петровым.`)).toEqual([
      'Иван Петров',
    ]);
  });
});

describe('the head of a place visited, named in a clause on it after «которого»/«которой»', () => {
  it('reads «больницу, главный врач которой A B рассказала о …»', () => {
    expect(
      roles(
        `${TRIP}Гости осмотрели Самаркандскую областную больницу, главный врач которой ` +
          'Дильноза Каримова рассказала о нехватке врачей.',
      ),
    ).toEqual([['Дильноза Каримова', 'главный врач', 'Самаркандская областная больница']]);
  });

  it('reads a director busy with something, his Latin spelling in brackets', () => {
    expect(
      met(
        `${TRIP}Затем делегация посетит Бухарский ковровый комбинат, директор которого ` +
          'Шухрат Алимов (Shuhrat Alimov) добивается кредита на новые станки.',
      ),
    ).toEqual(['Шухрат Алимов']);
  });

  it('leaves a director named only as the one who founded the place (guard)', () => {
    expect(
      met(
        `${TRIP}Затем делегация посетит Бухарский ковровый комбинат, первым директором которого ` +
          'был Шухрат Алимов.',
      ),
    ).toEqual([]);
  });
});

describe('a trip through two countries told in the order gone through', () => {
  const EXPEDITION =
    'Москва, 26 ноября 2026 года. Директор фонда «Вереск» Олег Рудин возглавил экспедицию, ' +
    'которая с 18 по 24 ноября работала в горах Памира — ';
  const ARRIVED =
    ' 21 ноября экспедиция пересекла границу и прибыла в Нукус. Олега Рудина принял хоким ' +
    'города Нукус Эркин Сыдыков.';

  it('files the country gone to first: «сначала в A, затем в B»', () => {
    expect(
      visitOf(`${EXPEDITION}сначала в Таджикистане, затем в Узбекистане.${ARRIVED}`).country,
    ).toBe('TJ');
  });

  it('files the country of the town met in when one country alone is named (guard)', () => {
    expect(visitOf(`${EXPEDITION}в Узбекистане.${ARRIVED}`).country).toBe('UZ');
  });
});

describe('a meeting that was to be and did not take place', () => {
  const DUSHANBE =
    'Москва, 27 ноября 2026 года. Директор фонда «Вереск» Олег Рудин вернулся из рабочей ' +
    'поездки в Республику Таджикистан. ';

  it('leaves out the minister who was away, keeping the deputy who stood in', () => {
    expect(
      met(
        `${DUSHANBE}В Душанбе Олег Рудин должен был встретиться с министром культуры Дильбар ` +
          'Рахмонзода, однако министр находилась в зарубежной командировке. Делегацию принял ' +
          'первый заместитель министра культуры Республики Таджикистан Фаррух Саидов.',
      ),
    ).toEqual(['Фаррух Саидов']);
  });

  it('keeps one met, whatever «однако» says after it (guard)', () => {
    expect(
      met(
        `${DUSHANBE}В Душанбе Олег Рудин встретился с министром культуры Фаррухом Саидовым, ` +
          'однако соглашение пока не подписано.',
      ),
    ).toEqual(['Фаррух Саидов']);
  });
});
