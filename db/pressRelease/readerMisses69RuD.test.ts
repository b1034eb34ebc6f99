import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const BOARD =
  'Совет северных языков\n\nМосква, 9 декабря 2026 года\n\nПредседатель совета посетил Архангельск\n\n' +
  'С 2 по 4 декабря председатель совета Пётр Зорин находился с рабочей поездкой в Архангельске. ';

const ABROAD =
  'Совет северных языков\n\nМосква, 9 декабря 2026 года\n\nПредседатель совета посетил Латвию\n\n' +
  'С 2 по 4 декабря председатель совета Пётр Зорин находился с рабочим визитом в Латвии, в Риге. ';

describe('a list of hosts joined by semicolons', () => {
  it('reads each title after a semicolon in the nominative with its body', () => {
    expect(
      roles(
        `${BOARD}В первый день он встретился с председателем Общества поморов Ольгой Седовой; ` +
          'директором Озёрского художественного музея Анной Рябовой; руководителем Дома ' +
          'народного творчества Архангельской области Семёном Окуловым. Речь шла о планах.',
      ),
    ).toEqual([
      ['Ольга Седова', 'председатель', 'Общество поморов'],
      ['Анна Рябова', 'директор', 'Озёрский художественный музей'],
      ['Семён Окулов', 'руководитель', 'Дом народного творчества Архангельской области'],
    ]);
  });

  it('keeps a list joined by commas as it is read (guard)', () => {
    expect(
      roles(
        `${BOARD}В первый день он встретился с председателем Общества поморов Ольгой Седовой, ` +
          'директором Озёрского художественного музея Анной Рябовой. Речь шла о планах.',
      ),
    ).toEqual([
      ['Ольга Седова', 'председатель', 'Общество поморов'],
      ['Анна Рябова', 'директор', 'Озёрский художественный музей'],
    ]);
  });
});

describe('a body whose own spelling in Latin letters follows in brackets', () => {
  it('does not read the Latin spelling of a foundation as a person', () => {
    expect(
      met(
        `${ABROAD}Затем он встретился с руководителем фонда «Балтийская речь» (Baltijas Runa ` +
          'Fonds) Илзе Озолой (Ilze Ozola). Обсуждались летние курсы.',
      ),
    ).toEqual(['Илзе Озола']);
  });

  it('leaves the Latin spelling out of a union named by its head', () => {
    expect(
      roles(
        `${ABROAD}3 декабря состоялась встреча с председателем Латгальского общества ` +
          '(Latgales Biedriba) Янисом Круминьшем (Janis Krumins). Обсуждались летние курсы.',
      ),
    ).toEqual([['Янис Круминьш', 'председатель', 'Латгальское общество']]);
  });

  it('still reads the Latin spelling of a person in brackets as his (guard)', () => {
    expect(
      met(
        `${ABROAD}Затем он встретился с ректором Рижского университета Янисом Берзиньшем ` +
          '(Janis Berzins). Обсуждались летние курсы.',
      ),
    ).toEqual(['Янис Берзиньш']);
  });
});

describe('a place where a host received the guests, before the title', () => {
  it('leaves "in the town hall" out of a mayor who received the delegation', () => {
    expect(
      roles(
        `${ABROAD}Вечером делегация была принята в ратуше мэром Валмиеры Юрисом Калныньшем ` +
          '(Juris Kalnins), который рассказал о городе.',
      ),
    ).toEqual([['Юрис Калныньш', 'мэр Валмиеры', null]]);
  });

  it('leaves a city told with «в» out of the title of a mayor', () => {
    expect(
      roles(`${ABROAD}Вечером делегация была принята в Валмиере мэром Валмиеры Юрисом Калныньшем.`),
    ).toEqual([['Юрис Калныньш', 'мэр Валмиеры', null]]);
  });

  it('keeps the title of a host received by with no place before it (guard)', () => {
    expect(
      roles(
        `${ABROAD}Вечером делегация была принята заместителем министра иностранных дел Латвии ` +
          'Юрисом Калныньшем.',
      ),
    ).toEqual([['Юрис Калныньш', 'заместитель министра иностранных дел Латвии', null]]);
  });
});

describe('a woman whose given name ends in «-йя», in the instrumental', () => {
  it('brings «-йей» back to «-йя» before a surname that does not decline', () => {
    expect(
      met(
        `${ABROAD}В первый день Пётр Зорин был принят проректором Рижского университета ` +
          'Лайей Пярн (Laia Pärn). Обсуждались летние курсы.',
      ),
    ).toEqual(['Лайя Пярн']);
  });
});

describe('a metropolitan named by his see and his name in religion', () => {
  it('reads the see adjectives as his title and his one name as the name', () => {
    expect(
      roles(
        `${ABROAD}4 декабря гостя примет митрополит Северский и Озёрский Аркадий, который ` +
          'покажет собор.',
      ),
    ).toEqual([['Аркадий', 'митрополит Северский и Озёрский', null]]);
  });

  it('reads a Patriarch named by his see in the nominative the same way', () => {
    expect(
      roles(`${ABROAD}4 декабря гостя примет Патриарх Озёрский Аркадий, который покажет собор.`),
    ).toEqual([['Аркадий', 'Патриарх Озёрский', null]]);
  });

  it('keeps the see and the name of one received in the instrumental (guard)', () => {
    expect(
      roles(
        `${ABROAD}4 декабря гость будет принят митрополитом Северским и Озёрским Аркадием, ` +
          'который покажет собор.',
      ),
    ).toEqual([['Аркадий', 'митрополит Северский и Озёрский', null]]);
  });
});

describe('a meeting that did not take place', () => {
  it('does not count a governor whose meeting did not take place', () => {
    expect(
      met(
        `${BOARD}В первый день он был принят директором Поморского музея Анной Рябовой. ` +
          'Запланированная на тот же день встреча с губернатором Архангельской области ' +
          'Олегом Седых не состоялась из-за изменения графика.',
      ),
    ).toEqual(['Анна Рябова']);
  });

  it('does not count one whose talks were called off', () => {
    expect(
      met(
        `${BOARD}Переговоры с губернатором Архангельской области Олегом Седых, намеченные на ` +
          '3 декабря, были отменены.',
      ),
    ).toEqual([]);
  });

  it('counts only the one met when another meeting was put off', () => {
    expect(
      met(
        `${BOARD}В последний день он встретился с губернатором Архангельской области Олегом ` +
          'Седых. Встреча с мэром Ольгой Рябовой была перенесена на январь.',
      ),
    ).toEqual(['Олег Седых']);
  });

  it('still counts a governor whose meeting took place (guard)', () => {
    expect(
      met(
        `${BOARD}В первый день он был принят директором Поморского музея Анной Рябовой. ` +
          'На следующий день состоялась встреча с губернатором Архангельской области ' +
          'Олегом Седых.',
      ),
    ).toEqual(['Анна Рябова', 'Олег Седых']);
  });
});
