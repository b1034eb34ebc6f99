import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a foreign woman’s surname in «-а» after two given names (Russian)', () => {
  it('gives back «-а», not an adjective’s «-ая», after an Italian double given name', () => {
    expect(
      roles(
        `${talks('Рим')}Затем состоялась встреча с ректором университета Паолой Антонеллой Ферой.`,
      ),
    ).toContainEqual(['Паола Антонелла Фера', 'ректор университета', null]);
  });

  it('gives back «-а» after an African given name and a second name', () => {
    expect(
      roles(
        `${talks('Лусаку')}Затем Иван Смирнов встретился с управляющим Банком Замбии ` +
          'Мвендой Луфуньей Кашитой.',
      ),
    ).toContainEqual(['Мвенда Луфунья Кашита', 'управляющий Банком Замбии', null]);
  });

  it('keeps an adjective surname after a given name and patronymic', () => {
    expect(
      roles(
        `${talks('Рим')}Затем состоялась встреча с ректором университета Ольгой Петровной Заречной.`,
      ),
    ).toContainEqual(['Ольга Петровна Заречная', 'ректор университета', null]);
  });
});

describe('a word opening the sentence before a name (Russian)', () => {
  it('leaves out an adverb of place before the visitor received', () => {
    const names = met(
      `${talks('Рим')}4 июня делегация отправится в Сассари. Там Ивана Смирнова примет мэр ` +
        'Сассари Лучано Мелис.',
    );
    expect(names.some((n) => n.startsWith('Там'))).toBe(false);
    expect(names).toContain('Лучано Мелис');
  });

  it('leaves out a preposition and a town in the prepositional opening the sentence', () => {
    const names = met(
      `${talks('Лусаку')}В Солвези её примет министр Северо-Западной провинции Мвене Чанда ` +
        'Лупупа.',
    );
    expect(names.some((n) => n.startsWith('В '))).toBe(false);
    expect(names).toContain('Мвене Чанда Лупупа');
  });
});

describe('a house-museum named after a writer (Russian)', () => {
  it('reads no one met in the writer’s name after «дом-музей»', () => {
    const names = met(
      `${talks('Рим')}Там гостей примет мэр Сассари Лучано Мелис, а затем гости посетят ` +
        'дом-музей Джузеппины Ардаузы.',
    );
    expect(names).not.toContain('Джузеппина Ардауза');
    expect(names).not.toContain('Джузеппины Ардаузы');
  });
});

describe('Russia’s own ambassador named in the nominative as taking part (Russian)', () => {
  it('leaves out «Посол России в A» who takes part in the talks', () => {
    const names = met(
      `${talks('Рим')}В переговорах в Риме примет участие Чрезвычайный и Полномочный Посол ` +
        'России в Италии Пётр Семёнович Гладилин.',
    );
    expect(names).not.toContain('Пётр Семёнович Гладилин');
    expect(names).toContain('Ольга Пыстина');
  });
});
