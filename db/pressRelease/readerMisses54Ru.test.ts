import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a name in its own language, in brackets after the Russian one (Russian)', () => {
  it('reads a Tatar form with «кызы» as the same woman, not a second one', () => {
    const read = met(
      `${talks('Казань')}Затем состоялась встреча с председателем Общества татар Ириной ` +
        'Григорьевной Андреевой (Ирина Григорий кызы). Стороны обсудили праздник.',
    );
    expect(read).toContain('Ирина Григорьевна Андреева');
    expect(read).not.toContain('Ирина Григорий кызы');
  });

  it('reads a Tatar form with «улы» after a name in the nominative as the same man', () => {
    const read = met(
      `${talks('Казань')}В Чистополе её принял глава Лесного района Сергей Петрович Лукин ` +
        '(Сергей Петр улы). Обсуждался музей.',
    );
    expect(read).toContain('Сергей Петрович Лукин');
    expect(read).not.toContain('Сергей Петр улы');
  });

  it('reads a form inside the name, between the patronymic and the surname', () => {
    expect(
      roles(
        `${talks('Казань')}Гостей встретил хор «Дуслык» во главе со своим руководителем ` +
          'Анной Андреевной (Аннуш апа) Кирилловой. Учёные записали песни.',
      ).at(-1)?.[0],
    ).toBe('Анна Андреевна Кириллова');
  });

  it('reads a form of one word inside the name as no part of it', () => {
    expect(
      met(
        `${talks('Казань')}Затем состоялась встреча с председателем совета ветеранов Ниной ` +
          'Павловной (Нинә) Егоровой. Обсуждался музей.',
      ),
    ).toContain('Нина Павловна Егорова');
  });
});

describe('a Russian name with a patronymic in «-ич» alone (Russian)', () => {
  it('reads the given name before «Ильич» after a district as the name’s', () => {
    expect(
      roles(`${talks('Тверь')}Её принял глава района Алексей Ильич Лукин. Обсуждался музей.`).at(
        -1,
      ),
    ).toEqual(['Алексей Ильич Лукин', 'глава района', null]);
  });

  it('reads a form of two words in brackets after such a name as his own', () => {
    const read = met(
      `${talks('Ижевск')}Затем она встретится с председателем общества удмуртов Павлом ` +
        'Никитичем Лекомцевым (Лекомец Паша). Обсуждался праздник.',
    );
    expect(read).toContain('Павел Никитич Лекомцев');
    expect(read).not.toContain('Лекомец Паша');
  });
});

describe('«Пётр», whose «ё» only the nominative holds (Russian)', () => {
  it('writes it with «ё» in a release that writes «ё»', () => {
    expect(
      met(
        `${talks('Тверь')}Также состоялась встреча с председателем районного совета ветеранов ` +
          'Петром Алексеевичем Ершовым, который передал гостям книги.',
      ),
    ).toContain('Пётр Алексеевич Ершов');
  });

  it('leaves it as «Петр» in a release that writes no «ё» (guard)', () => {
    const text =
      '3 июня руководитель Федерального агентства Иван Смирнов посетил Тверь. Иван Смирнов ' +
      'провел переговоры с министром культуры Ольгой Пыстиной. Также состоялась встреча с ' +
      'председателем районного совета ветеранов Петром Алексеевичем Ершовым.';
    expect(met(text)).toContain('Петр Алексеевич Ершов');
  });
});

describe('the visitor named before a verb of receiving, the host after it (Russian)', () => {
  it('reads only the host after the verb as met', () => {
    expect(
      met(
        '30 ноября делегация Института истории прибыла в Татарстан. В Казани заместителя ' +
          'директора института Анну Миронову приняла заместитель министра культуры Республики ' +
          'Татарстан Ольга Фёдоровна Зайцева. Стороны обсудили конференцию.',
      ),
    ).toEqual(['Ольга Фёдоровна Зайцева']);
  });

  it('leaves out a town of two names joined by a hyphen before the visitor', () => {
    expect(
      met(
        `${talks('Екатеринбург')}В Каменске-Уральском Ивана Смирнова примет Олег Викторович ` +
          'Дронов. Обсуждался музей.',
      ),
    ).toEqual(['Ольга Пыстина', 'Олег Викторович Дронов']);
  });
});

describe('the visitor named in the accusative before «встретил», the host after it (Russian)', () => {
  it('reads the host after the verb as met', () => {
    expect(
      roles(
        `${talks('Тверь')}2 июня делегация прилетела в Бежецк. Ивана Смирнова встретил глава ` +
          'Бежецкого района Олег Викторович Дронов. Затем гости осмотрели музей.',
      ).at(-1),
    ).toEqual(['Олег Викторович Дронов', 'глава Бежецкого района', null]);
  });

  it('does so after a woman named in the accusative', () => {
    expect(
      met(
        '3 июня ректор университета Анна Сергеевна Миронова посетила Тверь. Анну Миронову ' +
          'встретила председатель областного совета ветеранов Ольга Фёдоровна Зайцева.',
      ),
    ).toContain('Ольга Фёдоровна Зайцева');
  });
});

describe('people listed each with a body in brackets, or a body with its person (guards)', () => {
  it('keeps a person named in brackets after a body', () => {
    expect(
      met(
        `${talks('Минск')}Затем состоится круглый стол с участием представителей Института ` +
          'права (Олег Дронов), Академии наук (Пётр Ершов) и Городского архива (Нина Лукина).',
      ),
    ).toEqual(expect.arrayContaining(['Олег Дронов', 'Нина Лукина']));
  });

  it('keeps a body named with a given name in brackets after a person', () => {
    expect(
      roles(
        `${talks('Рабат')}В круглом столе примут участие Салима Идрисси (Академия Хасана II), ` +
          'Омар Беннани (Высший совет) и Фатима Алауи (Университет Мухаммеда V).',
      ).at(-1),
    ).toEqual(['Фатима Алауи', null, 'Университет Мухаммеда V']);
  });
});

describe('a Tajik community named before its head’s name (Russian)', () => {
  it('reads the community’s name as no part of the name', () => {
    expect(
      met(
        `${talks('Таджикистан')}В Варзобе гостей встретил председатель джамоата Зидди ` +
          'Рустам Каримов. Обсуждались дороги.',
      ),
    ).toContain('Рустам Каримов');
  });
});

describe('a lesson or a tour held, with no one named after «с» (Russian)', () => {
  it('reads no one named in it as met', () => {
    expect(
      met(
        `${talks('Тверь')}Она провела для школьников урок по учебнику, подготовленному ` +
          'Ниной Ивановной Лукиной, ученицей исследователя Ивана Ершова.',
      ),
    ).toEqual(['Ольга Пыстина']);
  });

  it('still reads one with whom a meeting was held (guard)', () => {
    expect(
      met(`${talks('Тверь')}Затем он провёл встречу с ректором университета Олегом Дроновым.`),
    ).toContain('Олег Дронов');
  });
});

describe('a place of two words in the genitive before a full Russian name (Russian)', () => {
  it('reads the place in the title and the name of three words as the name', () => {
    expect(
      roles(
        `${talks('Азербайджан')}В посёлке гостей встретил председатель общины Верхней Слободы ` +
          'Олег Викторович Дронов. Обсуждались дороги.',
      ).at(-1),
    ).toEqual(['Олег Викторович Дронов', 'председатель общины Верхней Слободы', null]);
  });
});

describe('a tour held by a host named after the verb (Russian, guard)', () => {
  it('reads the host as met', () => {
    expect(
      met(`${talks('Тверь')}Экскурсию проведёт директор музея Олег Викторович Дронов.`),
    ).toContain('Олег Викторович Дронов');
  });
});
