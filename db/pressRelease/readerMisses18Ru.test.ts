import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const VISIT = '3 июня руководитель Федерального агентства Иван Смирнов посетил Ереван. ';

describe('a woman’s given name in the instrumental before a Slavic or Armenian surname that keeps its form for her', () => {
  it('reads «заместителем председателя агентства Анной Петросян» as «Анна Петросян» (Russian)', () => {
    expect(
      roles(
        `${VISIT}Иван Смирнов также встретился с заместителем председателя агентства Анной Петросян и начальником управления Тиграном Саркисяном.`,
      ).map((r) => r[0]),
    ).toEqual(['Анна Петросян', 'Тигран Саркисян']);
  });

  it('reads «заместителем министра связи Еленой Макаревич» as «Елена Макаревич» (Russian)', () => {
    expect(
      roles(
        `${VISIT}Иван Смирнов также встретился с заместителем министра связи Еленой Макаревич и председателем комитета Олегом Мельниковичем.`,
      ).map((r) => r[0]),
    ).toEqual(['Елена Макаревич', 'Олег Мельникович']);
  });
});
