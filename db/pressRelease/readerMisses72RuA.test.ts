import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met, roles } from '../test/peopleMet.js';

const MINISTRY =
  'Министерство иностранных дел\n\nАстана, 12 октября 2026 года\n\nМинистр посетил Чили\n\n' +
  '10–11 октября министр иностранных дел Иван Сомов находился с визитом в Сантьяго. ';

describe('a sentence of taking part that opens with a pronoun of the meeting before', () => {
  it('reads those who took part in the meeting named as «ней»', () => {
    expect(
      roles(
        `${MINISTRY}11 октября в Сантьяго состоялась встреча министров трех стран. В ней ` +
          'приняли участие министр иностранных дел Перу Рикардо Мендоса Ибарра и сопровождавшая ' +
          'его государственный секретарь по торговле Перу Лусия Парра Соуза.',
      ),
    ).toEqual([
      ['Рикардо Мендоса Ибарра', 'министр иностранных дел Перу', null],
      ['Лусия Парра Соуза', 'государственный секретарь по торговле Перу', null],
    ]);
  });

  it('reads a Portuguese name with its particles there', () => {
    expect(
      met(
        `${MINISTRY}11 октября состоялась встреча министров. В ней приняли участие министр ` +
          'иностранных дел Португалии Руй Мигел да Кошта Пинту.',
      ),
    ).toEqual(['Руй Мигел да Кошта Пинту']);
  });

  it('reads no one who took part in an exhibition so named (guard)', () => {
    expect(
      met(
        `${MINISTRY}11 октября в Сантьяго открылась выставка. В ней приняли участие министр ` +
          'культуры Перу Рикардо Мендоса Ибарра.',
      ),
    ).toEqual([]);
  });
});

describe('a colleague named before his office', () => {
  it('takes the office after «коллегой —» as the title, in the nominative', () => {
    expect(
      roles(
        `${MINISTRY}Министр провел переговоры со своим чилийским коллегой — министром ` +
          'иностранных дел, торговли и сотрудничества Чили Андресом Вальдесом Рохасом.',
      ),
    ).toEqual([
      ['Андрес Вальдес Рохас', 'министр иностранных дел, торговли и сотрудничества Чили', null],
    ]);
  });

  it('takes a woman’s office after «коллегой» with no dash', () => {
    expect(
      roles(
        `${MINISTRY}Министр встретился со своей чилийской коллегой министром культуры Чили ` +
          'Паулой Рохас.',
      ),
    ).toEqual([['Паула Рохас', 'министр культуры Чили', null]]);
  });
});

const LIBRARY =
  'Государственная библиотека\n\nМосква, 30 ноября 2026 года\n\nДиректор посетил Аргентину\n\n' +
  'Директор библиотеки Иван Сомов с 25 по 28 ноября находился с визитом в Аргентине. ';

describe('the head of a department named by its works, after the verb of a tour', () => {
  it('reads the keeper of the manuscripts department who led the tour', () => {
    expect(
      roles(
        `${LIBRARY}Экскурсию для гостей провела заведующая отделом рукописей Росарио Бельграно ` +
          'Ортис.',
      ),
    ).toEqual([['Росарио Бельграно Ортис', 'заведующая отделом рукописей', null]]);
  });

  it('still reads no author after his manuscripts (guard)', () => {
    expect(
      met(
        `${LIBRARY}Гости осмотрели собрание рукописей Хосе Эрнандеса и встретились с директором ` +
          'музея Анной Мухиной.',
      ),
    ).toEqual(['Анна Мухина']);
  });
});

const UNIVERSITY =
  'Северный университет\n\nАстана, 4 декабря 2026 г.\n\n' +
  'Ректор обсудил с коллегами академический обмен с университетами Канады\n\n' +
  'С 1 по 3 декабря ректор университета Арман Сериков находился с рабочим визитом в Галифаксе ' +
  'и Монктоне. ';

describe('an American name with a middle initial', () => {
  it('keeps the given name before the initial, in the instrumental', () => {
    expect(
      roles(
        `${UNIVERSITY}2 декабря состоялась встреча с деканом инженерной школы института ` +
          'Робертом Д. Хэнсоном-младшим.',
      ),
    ).toEqual([['Роберт Д. Хэнсон-младший', 'декан инженерной школы института', null]]);
  });

  it('keeps a woman’s given name before the initial', () => {
    expect(
      met(
        `${UNIVERSITY}Делегация провела переговоры с заведующей кафедрой истории ` +
          'Кэтрин Б. Мур-Эллис.',
      ),
    ).toEqual(['Кэтрин Б. Мур-Эллис']);
  });

  it('reads no adverb before initials as a given name (guard)', () => {
    expect(
      met(`${UNIVERSITY}Делегация провела переговоры с деканом. Также С. Лебедев выступил.`),
    ).not.toContain('Также С. Лебедев');
  });
});

describe('a visit spent in towns the gazetteers lack', () => {
  it('went to the country the heading names, not to a home city named as a subject', () => {
    const visit = extractDraft(
      `${UNIVERSITY}Стороны обсудили возможность открытия в Астане летней школы.`,
      { readOn: '2026-12-06' },
    ).visit;
    expect(visit.places[0]?.country).toBe('CA');
  });

  it('keeps a city of the visited country where something would be opened (guard)', () => {
    const visit = extractDraft(
      'Министерство иностранных дел\n\nЕреван, 22 апреля 2026 года\n\n' +
        '21–22 апреля министр иностранных дел Иван Сомов находился с визитом в Армении. ' +
        'Стороны обсудили открытие в Ереване центра изучения языка.',
      { readOn: '2026-12-06' },
    ).visit;
    expect(visit.places[0]?.country).toBe('AM');
  });

  it('stays at home when the visit names no town abroad (guard)', () => {
    const visit = extractDraft(
      'Северный университет\n\nАстана, 4 декабря 2026 г.\n\n' +
        'Ректор обсудил с послом Канады академический обмен\n\n' +
        '3 декабря ректор университета Арман Сериков встретился с послом Канады Джоном Смитом.',
      { readOn: '2026-12-06' },
    ).visit;
    expect(visit.places[0]?.country).toBe('KZ');
  });
});
