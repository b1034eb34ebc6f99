import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('a day in figures with an ordinal ending (Russian)', () => {
  const release = (when: string) =>
    `Самара, 9 октября 2026 г.\n\nДелегация области посетила Армению\n\n${when} делегация Самарской области во главе с министром Петром Ерёминым находилась с рабочим визитом в Республике Армения.`;

  it('reads «со 2-го по 4-е октября» as the period', () => {
    expect(visitOf(release('Со 2-го по 4-е октября'))).toEqual({
      country: 'AM',
      start: '2026-10-02',
      end: '2026-10-04',
    });
  });

  it('reads «с 30-го сентября по 2-е октября» across the months', () => {
    expect(visitOf(release('С 30-го сентября по 2-е октября'))).toEqual({
      country: 'AM',
      start: '2026-09-30',
      end: '2026-10-02',
    });
  });

  it('reads «6-го и 7-го октября» and «с 5-го по 8-ое октября»', () => {
    expect(visitOf(release('6-го и 7-го октября'))).toMatchObject({
      start: '2026-10-06',
      end: '2026-10-07',
    });
    expect(visitOf(release('С 5-го по 8-ое октября'))).toMatchObject({
      start: '2026-10-05',
      end: '2026-10-08',
    });
  });
});

describe('the particles of German, Dutch and French names (Russian)', () => {
  it('reads «дю» as «де» is read', () => {
    expect(
      met(
        `${russianVisit('Кейптаун')}Затем состоялись переговоры с заместителем министра торговли ЮАР Питером дю Плесси.`,
      ),
    ).toEqual(['Питер дю Плесси']);
  });

  it('reads «фон унд цу» and «цу» inside a name', () => {
    expect(
      met(
        `${russianVisit('Мюнхен')}Делегация была принята президентом Баварской академии наук Людвигом фон унд цу Гуттенбергом.`,
      ),
    ).toEqual(['Людвиг фон унд цу Гуттенберг']);
    expect(
      met(
        `${russianVisit('Дрезден')}Затем состоялась встреча с министром культуры Саксонии Фридрихом цу Зальмом.`,
      ),
    ).toEqual(['Фридрих цу Зальм']);
  });

  it('reads «граф фон» inside a name, in any case', () => {
    expect(
      met(
        `${russianVisit('Штутгарт')}Затем состоялась встреча с председателем Комитета по делам Европы Конрадом графом фон Вальдбургом, который рассказал о работе комитета.`,
      ),
    ).toEqual(['Конрад граф фон Вальдбург']);
    expect(
      met(
        `${russianVisit('Вюрцбург')}Делегация была принята председателем ландтага Георгом графом фон Шёнборном.`,
      ),
    ).toEqual(['Георг граф фон Шёнборн']);
  });

  it('keeps reading «ван дер», «фон дер», «де ла»', () => {
    expect(
      met(
        `${russianVisit('Гаагу')}Затем состоялась встреча с министром Питером ван дер Хорстом.`,
      ),
    ).toEqual(['Питер ван дер Хорст']);
    expect(
      met(`${russianVisit('Берлин')}Затем состоялась встреча с министром Карлом фон дер Мюленом.`),
    ).toEqual(['Карл фон дер Мюлен']);
    expect(
      met(`${russianVisit('Мадрид')}Затем состоялась встреча с министром Хуаном де ла Фуэнте.`),
    ).toEqual(['Хуан де ла Фуэнте']);
  });
});

describe("a woman's given name in the instrumental before a surname that keeps its form", () => {
  it('reads «Маргаретой Хёльцль» as «Маргарета Хёльцль», a surname in «-ь» too', () => {
    expect(
      met(
        `${russianVisit('Вену')}Делегация была принята вице-председателем Бундесрата Австрийской Республики Розвитой Кёстль.`,
      ),
    ).toEqual(['Розвита Кёстль']);
    expect(
      met(
        `${russianVisit('Вену')}Затем состоялась встреча с депутатом Национального совета Австрии Анной Фрёль.`,
      ),
    ).toEqual(['Анна Фрёль']);
  });
});
