import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

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
