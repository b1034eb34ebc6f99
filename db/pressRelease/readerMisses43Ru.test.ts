import { describe, expect, it } from 'vitest';
import { roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a South Indian surname in «-а» or «-я» after initials (Russian)', () => {
  it('gives back «-ппа» for a surname in «-ппой» after initials', () => {
    expect(
      roles(`${talks('Бенгалуру')}Затем делегация была принята министром штата Д. М. Шиваннаппой.`),
    ).toContainEqual(['Д. М. Шиваннаппа', 'министр штата', null]);
  });

  it('gives back «-айя» for a surname in «-айей» after initials', () => {
    expect(
      roles(`${talks('Бенгалуру')}Затем делегация была принята министром штата Д. М. Маллайей.`),
    ).toContainEqual(['Д. М. Маллайя', 'министр штата', null]);
  });

  it('keeps the first initial of a name after a university', () => {
    expect(
      roles(
        `${talks('Бенгалуру')}С гостями встретился вице-канцлер университета Т. Д. Маллаппа, ` +
          'который предложил открыть курсы.',
      ).at(-1)?.[0],
    ).toBe('Т. Д. Маллаппа');
  });
});
