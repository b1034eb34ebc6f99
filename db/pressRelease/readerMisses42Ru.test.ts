import { describe, expect, it } from 'vitest';
import { roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('an East African given name that does not decline (Russian)', () => {
  it('keeps a given name in «-и» before a middle name and a surname in the instrumental', () => {
    expect(
      roles(`${talks('Найроби')}Затем делегация была принята мэром Найроби Бакари Рашидом Мсалой.`),
    ).toContainEqual(['Бакари Рашид Мсала', 'мэр Найроби', null]);
  });
});

describe('a Korean woman’s surname that does not decline (Russian)', () => {
  it('keeps a surname of three letters in «-ой» after a woman’s names in the instrumental', () => {
    expect(
      roles(
        `${talks('Ташкент')}Затем он встретился с ректором университета Светланой Игоревной Чой.`,
      ).at(-1)?.[0],
    ).toBe('Светлана Игоревна Чой');
  });

  it('reads the head of a body just visited who signed with the visitor as met', () => {
    expect(
      roles(
        `${talks('Ташкент')}Затем программа продолжилась в Озёрском государственном университете. ` +
          'Ректор университета Светлана Игоревна Чой и Иван Смирнов подписали соглашение.',
      ).at(-1)?.[0],
    ).toBe('Светлана Игоревна Чой');
  });
});
