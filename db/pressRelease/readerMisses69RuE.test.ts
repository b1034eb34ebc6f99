import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const SOILS =
  'Фонд почвоведения\n\nМосква, 7 декабря 2026 года\n\nДиректор фонда посетит Азербайджан\n\n' +
  'С 5 по 7 декабря директор фонда Иван Сомов посетит Баку. ';

describe("an Azerbaijani name with the father's name and «оглы» or «кызы»", () => {
  it('keeps a given name the reader does not know after a body named in the genitive', () => {
    expect(
      roles(
        `${SOILS}Затем гость посетит Институт почвоведения, где его примет директор института ` +
          'Гюльтар Расим кызы Меликова.',
      ),
    ).toEqual([['Гюльтар Расим кызы Меликова', 'директор', 'Институт почвоведения']]);
  });

  it('keeps a given name in «-а» the reader does not know after a body in the genitive', () => {
    expect(
      roles(
        `${SOILS}Затем гость посетит Институт почвоведения, где его примет директор института ` +
          'Сейрана Расим кызы Меликова.',
      ),
    ).toEqual([['Сейрана Расим кызы Меликова', 'директор', 'Институт почвоведения']]);
  });

  it("reads a woman's undeclined given name before her surname in the instrumental", () => {
    expect(
      roles(
        `${SOILS}Он посетит Шекинское отделение Академии почв, где познакомится с председателем ` +
          'отделения Айтен Расим кызы Меликовой.',
      ),
    ).toEqual([['Айтен Расим кызы Меликова', 'председатель', 'Шекинское отделение Академии почв']]);
  });

  it("keeps a man's name with «оглы» whole after a body in the genitive (guard)", () => {
    expect(
      roles(
        `${SOILS}Затем гость посетит Институт почвоведения, где его примет директор института ` +
          'Рашад Расим оглы Меликов.',
      ),
    ).toEqual([['Рашад Расим оглы Меликов', 'директор', 'Институт почвоведения']]);
  });

  it('keeps a given name in «-и» before «оглы», the body in the genitive left out', () => {
    expect(
      met(`${SOILS}Он встретился с председателем Озёрного Кенеша Ниязи Расим оглы Меликовым.`),
    ).toEqual(['Ниязи Расим оглы Меликов']);
  });
});

describe('one the guest gets to know, named by an office', () => {
  it('reads «познакомится с председателем A B» as a meeting', () => {
    expect(
      met(
        `${SOILS}В Шеки он познакомится с председателем Шекинского общества почвоведов Анной ` +
          'Гулиевой.',
      ),
    ).toEqual(['Анна Гулиева']);
  });

  it('reads no one met in «познакомится с работой порта» (guard)', () => {
    expect(met(`${SOILS}В Шеки он познакомится с работой порта Анны Гулиевой.`)).toEqual([]);
  });
});
