import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const CHAMBER =
  'Палата ремёсел Озёрска\n\nМосква, 1 декабря 2026 года\n\nДелегация палаты посетит Турцию\n\n' +
  'С 14 по 16 декабря президент палаты Игорь Семёнов посетит Турцию. ';

const MUSEUM =
  'Музей восточных рукописей\n\nМосква, 1 декабря 2026 года\n\nДиректор музея побывала в ' +
  'Египте\n\nС 24 по 27 ноября директор музея Анна Белова находилась в Египте. ';

describe('a name after an office in the nominative keeps its words as written', () => {
  it('keeps a Turkish surname in "-ой" after "губернатор X" and a given name in a consonant', () => {
    expect(met(`${CHAMBER}В Измире делегацию примет губернатор Измира Мурат Гюмюшой.`)).toEqual([
      'Мурат Гюмюшой',
    ]);
  });

  it('keeps a given name in "-ем" after "губернатор X" in an Arabic name of three', () => {
    expect(met(`${MUSEUM}В Асуане её принял губернатор Асуана Хамид Салем аль-Тиби.`)).toEqual([
      'Хамид Салем аль-Тиби',
    ]);
  });

  it('still reads a name in the instrumental after "с губернатором X" (guard)', () => {
    expect(
      met(`${MUSEUM}В Асуане она встретилась с губернатором Асуана Хамидом Салемом аль-Тиби.`),
    ).toEqual(['Хамид Салем аль-Тиби']);
  });

  it('still reads a surname in "-ой" after an undeclined given name as one in "-а" (guard)', () => {
    expect(met(`${MUSEUM}В Каире она встретилась с директором музея Ингрид Сунадой.`)).toEqual([
      'Ингрид Сунада',
    ]);
  });
});

describe('deputies met as a group, their body named once before the names', () => {
  it('gives each deputy the office in the singular with the body', () => {
    expect(
      roles(
        `${CHAMBER}Вечером И. Семёнов встретится с депутатами Великого национального собрания ` +
          'Турции Озаном Карой и Селимом Дуруканом.',
      ),
    ).toEqual([
      ['Озан Кара', 'депутат', 'Великое национальное собрание Турции'],
      ['Селим Дурукан', 'депутат', 'Великое национальное собрание Турции'],
    ]);
  });

  it('reads the group after what came before in the sentence', () => {
    expect(
      roles(
        `${MUSEUM}Затем директор встретилась с министром ещё раз, а затем — с депутатами ` +
          'Палаты представителей Египта Амром Хассаном и Лейлой Фатхи.',
      ),
    ).toEqual([
      ['Амр Хассан', 'депутат', 'Палата представителей Египта'],
      ['Лейла Фатхи', 'депутат', 'Палата представителей Египта'],
    ]);
  });

  it('still reads one deputy with her office and body (guard)', () => {
    expect(
      roles(
        `${MUSEUM}Затем состоялась встреча с депутатом Палаты представителей Египта ` +
          'Лейлой Фатхи.',
      ),
    ).toEqual([['Лейла Фатхи', 'депутат', 'Палата представителей Египта']]);
  });
});

describe('the artist of a series of works, named in the genitive', () => {
  it('reads no one in "листы из серии A B «…»"', () => {
    expect(
      met(
        `${MUSEUM}В Каире она встретилась с директором музея Лейлой Фатхи и обсудила список ` +
          'экспонатов, в том числе листы из серии Мацумото Кэйсая «Сто мостов Нила».',
      ),
    ).toEqual(['Лейла Фатхи']);
  });

  it('still reads one met after a series of meetings (guard)', () => {
    expect(
      met(`${MUSEUM}В ходе серии встреч она побеседовала с директором музея Лейлой Фатхи.`),
    ).toEqual(['Лейла Фатхи']);
  });
});

describe('a nationality set off by commas between an office and the name', () => {
  it('leaves "француженкой" out of the body before the name', () => {
    expect(
      roles(
        `${MUSEUM}В тот же день состоялась встреча с директором Регионального бюро ЮНЕСКО в ` +
          'Асуане, француженкой Мари Лефевр, о подготовке реставраторов.',
      ),
    ).toEqual([['Мари Лефевр', 'директор', 'Региональное бюро ЮНЕСКО в Асуане']]);
  });

  it('still reads the body when no aside stands before the name (guard)', () => {
    expect(
      roles(
        `${MUSEUM}В тот же день состоялась встреча с директором Регионального бюро ЮНЕСКО в ` +
          'Асуане Мари Лефевр.',
      ),
    ).toEqual([['Мари Лефевр', 'директор', 'Региональное бюро ЮНЕСКО в Асуане']]);
  });
});
