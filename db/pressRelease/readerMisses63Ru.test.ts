import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const FUND =
  'Фонд родных языков\n\nМосква, 7 декабря 2026 года\n\nДиректор фонда посетил Поволжье\n\n' +
  'Директор фонда Иван Сомов 5 декабря посетил Чебоксары. ';

describe('an acting head named first, who briefed a single guest', () => {
  it('reads the acting head of the body just visited, a woman, who told the guest about it', () => {
    expect(
      roles(
        `${FUND}Затем директор фонда посетил Чувашский государственный аграрный университет. ` +
          'Исполняющая обязанности ректора университета Нина Тимуркаева рассказала гостю о ' +
          'кафедре родного языка.',
      ),
    ).toEqual([
      [
        'Нина Тимуркаева',
        'исполняющая обязанности ректора',
        'Чувашский государственный аграрный университет',
      ],
    ]);
  });

  it('reads the head who briefed the guests, named by his office alone (guard)', () => {
    expect(
      roles(
        `${FUND}Затем директор фонда посетил Чувашский государственный аграрный университет. ` +
          'Ректор университета Павел Сидоров рассказал гостям о кафедре родного языка.',
      ),
    ).toEqual([['Павел Сидоров', 'ректор', 'Чувашский государственный аграрный университет']]);
  });
});

describe("a woman's office named by a participle", () => {
  it('reads "уполномоченной" back as "уполномоченная"', () => {
    expect(
      roles(
        `${FUND}Там он встретился с уполномоченной по правам ребёнка в Чувашской Республике ` +
          'Алиной Егоровой.',
      ),
    ).toEqual([['Алина Егорова', 'уполномоченная по правам ребёнка в Чувашской Республике', null]]);
  });

  it('reads "главой" back as "глава" (guard)', () => {
    expect(roles(`${FUND}Там он встретился с главой Моргаушского района Павлом Ивановым.`)).toEqual(
      [['Павел Иванов', 'глава Моргаушского района', null]],
    );
  });
});

describe('the fields of a Russian title joined by "и"', () => {
  it('keeps "сельского хозяйства и продовольственной политики" whole before a name', () => {
    expect(
      roles(
        `${FUND}Отдельно Иван Сомов обсудит с министром сельского хозяйства и продовольственной ` +
          'политики Чувашской Республики Гульназ Сафиной условия проектов.',
      ),
    ).toEqual([
      [
        'Гульназ Сафина',
        'министр сельского хозяйства и продовольственной политики Чувашской Республики',
        null,
      ],
    ]);
  });

  it('reads two people after "и" with an office of their own each (guard)', () => {
    expect(
      roles(
        `${FUND}Там он встретился с министром культуры Чувашской Республики Светланой Егоровой ` +
          'и директором Национальной библиотеки Чувашской Республики Ольгой Васильевой.',
      ).map((r) => r[0]),
    ).toEqual(['Светлана Егорова', 'Ольга Васильева']);
  });
});

const ASTANA =
  'Фонд здоровья\n\nМосква, 7 декабря 2026 года\n\nДиректор фонда посетил Казахстан\n\n' +
  'Директор фонда Иван Сомов 5 декабря посетил Астану. ';

describe("a Kazakh name with the father's name joined to «кызы» or «улы»", () => {
  it('keeps an undeclined given name before the patronymic as one person', () => {
    expect(
      roles(
        `${ASTANA}Там он встретился с директором Национального центра педиатрии Гульжан ` +
          'Мараткызы Ахметовой.',
      ),
    ).toEqual([['Гульжан Мараткызы Ахметова', 'директор', 'Национальный центр педиатрии']]);
  });

  it('keeps a declined given name before the patronymic (guard)', () => {
    expect(
      roles(
        `${ASTANA}Там он встретился с ректором Медицинского университета Астаны Ерболом ` +
          'Серикулы Ахметовым.',
      ).map((r) => r[0]),
    ).toEqual(['Ербол Серикулы Ахметов']);
  });
});

describe('a given name that opens with the stem of a country', () => {
  it('reads "Данияр" in the nominative as a given name, not Denmark', () => {
    expect(
      roles(
        `${ASTANA}На следующий день его принял заместитель акима города Астаны Данияр ` +
          'Жаксыбеков, рассказавший о программе.',
      ),
    ).toEqual([['Данияр Жаксыбеков', 'заместитель акима города Астаны', null]]);
  });
});

describe('a host who signed something with the visitor, named after «и»', () => {
  it('reads the minister named second before «подписали»', () => {
    expect(
      roles(
        `${ASTANA}6 декабря Иван Сомов и министр здравоохранения Республики Казахстан Айнур ` +
          'Болатовна Сеитова подписали соглашение о сотрудничестве.',
      ),
    ).toEqual([['Айнур Болатовна Сеитова', 'министр здравоохранения Республики Казахстан', null]]);
  });

  it('reads no one where the visitor signed alone (guard)', () => {
    expect(
      roles(`${ASTANA}6 декабря Иван Сомов подписал соглашение о сотрудничестве с фондом.`),
    ).toEqual([]);
  });
});

const IZHEVSK =
  'Фонд языков\n\nМосква, 7 декабря 2026 года\n\nПрезидент фонда провёл встречи в Удмуртии\n\n' +
  'Президент фонда Павел Сомов 3 и 4 декабря находился с рабочей поездкой в Удмуртской ' +
  'Республике. ';

describe('the head of a district the visitor went to', () => {
  it('names the district once where his title names it already', () => {
    expect(
      roles(
        `${IZHEVSK}4 декабря президент фонда посетил Кизнерский район, где его принял глава ` +
          'Кизнерского района Андрей Петров.',
      ),
    ).toEqual([['Андрей Петров', 'глава Кизнерского района', null]]);
  });

  it('gives the district to a head named by its noun alone (guard)', () => {
    expect(
      roles(
        `${IZHEVSK}4 декабря президент фонда посетил Кизнерский район, где его принял глава ` +
          'района Андрей Петров.',
      ),
    ).toEqual([['Андрей Петров', 'глава Кизнерского района', null]]);
  });
});
