import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

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

describe('an officer of the visiting delegation’s own company (Russian)', () => {
  it('leaves out one whose title names the company the delegation comes from', () => {
    const names = met(
      'АО «Главзвезда»\n\nНовости\n\nМосква, 4 декабря 2026 г.\n\n2 и 3 декабря делегация ' +
        'АО «Главзвезда» во главе с генеральным директором Иваном Петровичем Смирновым ' +
        'находилась с рабочим визитом в Республике Индия.\n\n2 декабря в Бенгалуру состоялись ' +
        'переговоры с министром культуры штата Керала Ольгой Пыстиной.\n\n3 декабря делегация ' +
        'выехала в Майсур. Переговоры с руководством университета провёл заместитель ' +
        'генерального директора Главзвезды Пётр Олегович Карасёв; с гостями встретился ректор ' +
        'университета Т. Д. Маллаппа, который предложил открыть курсы.',
    );
    expect(names).not.toContain('Пётр Олегович Карасёв');
    expect(names).toContain('Т. Д. Маллаппа');
  });
});

describe('a host who received the delegation, the delegation named before the verb (Russian)', () => {
  it('reads one after «её принимала» as met', () => {
    expect(
      roles(
        `${talks('Ташкент')}4 июня делегация работала в Намангане. Здесь её принимала ` +
          'председатель Наманганского управления Торговой палаты Зулфияхон Рустамовна Ахмедова, ' +
          'организовавшая встречу с фермерами.',
      ).at(-1)?.[0],
    ).toBe('Зулфияхон Рустамовна Ахмедова');
  });
});
