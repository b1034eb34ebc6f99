import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a woman whose given name is a man’s in the genitive, before her patronymic (Russian)', () => {
  it('reads her in the nominative, met', () => {
    expect(
      roles(
        `${talks('Томск')}Здесь гостей встретили директор Озёрской средней школы Елена Павловна ` +
          'Сурикова и председатель общины «Лумпи» Степан Карлович Сорокин.',
      ).slice(-2),
    ).toEqual([
      ['Елена Павловна Сурикова', 'директор', 'Озёрская средняя школа'],
      ['Степан Карлович Сорокин', 'председатель', 'община «Лумпи»'],
    ]);
  });
});

describe('hosts who will meet the guests, named after the verb (Russian)', () => {
  it('reads both, a name in brackets after the second left out', () => {
    expect(
      met(
        `${talks('Якутск')}Гостей встретят глава Озёрского наслега Анна Петровна Тамбиева и ` +
          'председатель Совета старейшин Мария Ильинична Кержакова (Лумпи).',
      ).slice(-2),
    ).toEqual(['Анна Петровна Тамбиева', 'Мария Ильинична Кержакова']);
  });
});
