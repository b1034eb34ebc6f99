import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a pilgrim’s or a cleric’s style joined to a given name by a hyphen (Russian)', () => {
  it('leaves «-хаджи» out of the name', () => {
    const read = met(
      `${talks('Махачкалу')}Вечером делегацию примет имам соборной мечети Салман-хаджи ` +
        'Гусейнов, который покажет библиотеку.',
    );
    expect(read).toContain('Салман Гусейнов');
    expect(read).not.toContain('Салман-хаджи Гусейнов');
  });

  it('leaves it out of a name in the instrumental too', () => {
    expect(
      met(`${talks('Казань')}Затем гости побеседовали с имамом мечети Рашидом-хазратом Галиевым.`),
    ).toContain('Рашид Галиев');
  });

  it('keeps a double given name whose second half is capitalised (guard)', () => {
    expect(
      met(`${talks('Грозный')}Гостей принял глава района Хамзат-Хаджи Адуев, рассказавший о школах.`),
    ).toContain('Хамзат-Хаджи Адуев');
  });
});

describe('a woman’s given name in stressed «-ия» in the instrumental (Russian)', () => {
  it('gives «-иёй» back as «-ия»', () => {
    const read = met(
      `${talks('Махачкалу')}Состоялась встреча с заведующей отделом фольклора Гульфиёй ` +
        'Рашидовной Алимурадовой, которая рассказала о словаре.',
    );
    expect(read).toContain('Гульфия Рашидовна Алимурадова');
  });
});
