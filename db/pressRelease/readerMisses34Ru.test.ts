import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

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

describe('a visit abroad by a body whose own country its name and people carry (Russian)', () => {
  const trip = (places: string, cities: string) =>
    `Алматы, 5 ноября 2026 года\n\nДелегация АО «Казахстанские коммунальные системы» провела переговоры ${cities}\n\nСо 2 по 4 ноября делегация АО «Казахстанские коммунальные системы» во главе с Председателем Правления Асетом Нуржановым находилась с рабочим визитом ${places}.\n\n2 ноября Асет Нуржанов провёл переговоры с министром экономики Янисом Калниньшем.\n\nВ переговорах принял участие Посол Республики Казахстан. Стороны договорились провести следующее заседание в Алматы.`;

  it('places it in the republic named by its official adjective, not at home', () => {
    expect(visitOf(trip('в Латвийской Республике', 'в Лиепае')).country).toBe('LV');
    expect(visitOf(trip('в Эстонской Республике', 'в Пярну')).country).toBe('EE');
    expect(
      visitOf(trip('в Литовской Республике и Латвийской Республике', 'в Каунасе')).country,
    ).toBe('LT');
  });

  it('places it by the Baltic and Nordic capitals named', () => {
    expect(visitOf(trip('в странах Балтии', 'в Риге и Таллине')).country).toBe('LV');
    expect(visitOf(trip('в странах Балтии', 'в Вильнюсе')).country).toBe('LT');
    expect(visitOf(trip('в Скандинавии', 'в Стокгольме и Осло')).country).toBe('SE');
  });
});

describe('the Omani style «Сайид» before a name, in any case (Russian)', () => {
  const open = '7 декабря делегация Росатома посетила Оман. ';

  it('is neither the name nor the title', () => {
    expect(
      roles(`${open}Делегацию примет губернатор провинции Дофар Сайид Марван бин Турки Аль Саид.`),
    ).toEqual([['Марван бин Турки Аль Саид', 'губернатор провинции Дофар', null]]);
    expect(
      roles(
        `${open}Делегация провела переговоры с губернатором провинции Южная Шаркия Сайидом Хамудом бин Фейсалом Аль Саидом.`,
      ),
    ).toEqual([['Хамуд бин Фейсал Аль Саид', 'губернатор провинции Южная Шаркия', null]]);
    expect(
      roles(
        `${open}Делегация провела переговоры с министром культуры Сайидой Ирфаной бинт Салим Аль Саид.`,
      ),
    ).toEqual([['Ирфана бинт Салим Аль Саид', 'министр культуры', null]]);
    expect(
      roles(
        `${open}Делегация провела переговоры с министром культуры шейхой Марьям бинт Ахмед Аль Тани.`,
      ),
    ).toEqual([['Марьям бинт Ахмед Аль Тани', 'министр культуры', null]]);
  });
});
