import { describe, expect, it } from 'vitest';
import { roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a woman’s surname in «-а» after a double consonant (Russian)', () => {
  it('gives «-ой» back as «-а», no adjective’s «-ая»', () => {
    expect(
      roles(
        `${talks('Бамако')}Затем он был принят губернатором области Мариной Сергеевной Лоссой.`,
      ).at(-1),
    ).toEqual(['Марина Сергеевна Лосса', 'губернатор области', null]);
  });
});

describe('the host’s head who signs a document with the visitor (Russian)', () => {
  it('takes one who signs for the institution just named as met', () => {
    expect(
      roles(
        `${talks('Бамако')}В тот же день в Бамакском университете пройдёт подписание соглашения. ` +
          'Документ со стороны вуза подпишет ректор Олег Петрович Кадунов.',
      ).at(-1),
    ).toEqual(['Олег Петрович Кадунов', 'ректор', null]);
  });

  it('takes one named first of those who signed, her surname not declined, as met', () => {
    expect(
      roles(
        `${talks('Бамако')}Завершилась программа в Бамакском университете. Его ректор Ольга ` +
          'Петровна Кадун и Иван Смирнов подписали договор о практике студентов.',
      ).at(-1),
    ).toEqual(['Ольга Петровна Кадун', 'ректор', null]);
  });
});

describe('a Sikh name after a university’s noun (Russian)', () => {
  it('keeps the given name before «Сингхом» in the name, not the university’s', () => {
    expect(
      roles(
        `${talks('Дели')}Генеральный директор встретился с вице-канцлером университета ` +
          'Гурдипом Сингхом Малхотрой и договорился об испытаниях.',
      ).at(-1),
    ).toEqual(['Гурдип Сингх Малхотра', 'вице-канцлер университета', null]);
  });
});
