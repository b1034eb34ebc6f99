import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const inLatvia = '7 октября делегация Росатома посетила Латвию. ';

describe('a host named after «вместе с», once the visitors have acted (Russian)', () => {
  it('reads the one the delegation went about with, after its verb', () => {
    for (const sentence of [
      'Делегация осмотрела причалы вместе с исполнительным директором порта Гунтисом Бериньшем.',
      'Гости осмотрят причалы вместе с исполнительным директором порта Гунтисом Бериньшем.',
      '8 октября делегация побывала на терминале вместе с исполнительным директором порта Гунтисом Бериньшем.',
      'Делегация ознакомилась с работой терминала вместе с исполнительным директором порта Гунтисом Бериньшем.',
    ])
      expect(met(`${inLatvia}${sentence}`), sentence).toEqual(['Гунтис Бериньш']);
  });

  it('still takes the subject before «вместе с» when the verb follows', () => {
    expect(
      met(
        `${inLatvia}Министр экономики Латвии Райтис Вилциньш вместе с российским министром осмотрел порт.`,
      ),
    ).toEqual(['Райтис Вилциньш']);
  });
});

describe('a body whose capitalised adjective small words follow, before a name (Russian)', () => {
  it('keeps the body in the role and reads the name after it', () => {
    expect(
      roles(
        `${inLatvia}Делегация провела переговоры с директором Управления Вентспилсского свободного порта Эдгаром Ранциньшем.`,
      ),
    ).toEqual([['Эдгар Ранциньш', 'директор', 'Управление Вентспилсского свободного порта']]);
    expect(
      roles(
        `${inLatvia}Делегация провела переговоры с директором Агентства Латвийского морского транспорта Янисом Калниньшем.`,
      ),
    ).toEqual([['Янис Калниньш', 'директор', 'Агентство Латвийского морского транспорта']]);
    expect(
      roles(
        `${inLatvia}Делегация провела переговоры с директором Администрации Лиепайской особой экономической зоны Кришьянисом Озолиньшем.`,
      ),
    ).toEqual([
      ['Кришьянис Озолиньш', 'директор', 'Администрация Лиепайской особой экономической зоны'],
    ]);
  });

  it('still reads a woman named in the instrumental before small words', () => {
    expect(met(`${inLatvia}Делегация встретилась с Анной Вишневской и Ириной Петровской.`)).toEqual(
      ['Анна Вишневская', 'Ирина Петровская'],
    );
  });
});

describe('Latvian names in «-иньш» in any case (Russian)', () => {
  it('reads them in the instrumental, nominative and dative', () => {
    expect(
      met(`${inLatvia}Делегация провела переговоры с мэром Риги Кришьянисом Озолиньшем.`),
    ).toEqual(['Кришьянис Озолиньш']);
    expect(met(`${inLatvia}Делегацию принял председатель Сейма Латвии Айварс Лиепиньш.`)).toEqual([
      'Айварс Лиепиньш',
    ]);
    expect(met(`${inLatvia}Делегация нанесла визит ректору университета Янису Калниньшу.`)).toEqual(
      ['Янис Калниньш'],
    );
    expect(
      met(
        `${inLatvia}Делегация встретилась с государственным секретарём Эдгаром Ранциньшем и директором департамента Илзе Круминей.`,
      ),
    ).toEqual(['Эдгар Ранциньш', 'Илзе Круминя']);
  });
});
