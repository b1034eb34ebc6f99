import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const SEOUL = '3 июня президент Палаты ремёсел Олег Вербин посетит Инчхон (Республика Корея). ';

describe('a Korean family name as Kontsevich spells it in Russian', () => {
  it('reads «Чон» (Jeong, Chung) first in a woman’s name left undeclined after «с ректором»', () => {
    expect(
      roles(
        `${SEOUL}В субботу Вербин обсудит с ректором Чон Ын-би (Jeong Eun-bi) обмен студентами.`,
      ),
    ).toEqual([['Чон Ын-би', 'ректор', null]]);
  });

  it('still reads a man’s declined Korean name after «с президентом» (guard)', () => {
    expect(
      met(`${SEOUL}В субботу Вербин обсудит с президентом Ли Тэ-хо обмен студентами.`),
    ).toEqual(['Ли Тэ-хо']);
  });
});
