import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

describe('"Пётр" in a case that drops its "ё" (Russian)', () => {
  it('is given back its "ё" in a release that writes "ё"', () => {
    expect(
      met(`${russianVisit('Озёрск')}Там он провёл переговоры с главой города Петром Сурминым.`),
    ).toEqual(['Пётр Сурмин']);
  });

  it('stays "Петр" in a release that writes no "ё" (guard)', () => {
    expect(
      met(`${russianVisit('Озерск')}Там он провел переговоры с главой города Петром Сурминым.`),
    ).toEqual(['Петр Сурмин']);
  });

  it('stays "Петр" where the release writes it so (guard)', () => {
    expect(
      met(
        `${russianVisit('Озёрск')}Там он провёл переговоры с главой города Петром Сурминым. ` +
          'Петр Сурмин рассказал о планах города.',
      ),
    ).toEqual(['Петр Сурмин']);
  });
});

// A host's release of a delegation's visit: the host's people hold the talks with the guests.
const hosting = (talks: string) =>
  'Новосибирск\n3 декабря 2026 г.\n\n' +
  'Агентство развития приняло делегацию провинции Лумпия\n\n' +
  'Во вторник и среду в Новосибирске с рабочим визитом находилась делегация правительства ' +
  'провинции Лумпия во главе с губернатором провинции Раулем Сантосом.\n\n' +
  `${talks} Стороны обсудили подготовку кадров.\n\n` +
  'В среду делегация была принята заместителем губернатора области Олегом Тюриным.';

describe('a host who holds talks with the guests, named before the verb (Russian)', () => {
  it('is met', () => {
    expect(
      met(
        hosting(
          'Во вторник директор Агентства технологического развития Анна Сурмина провела ' +
            'переговоры с зарубежными гостями в офисе агентства.',
        ),
      ),
    ).toEqual(['Анна Сурмина', 'Олег Тюрин']);
  });

  it('leaves the one who talks with a delegation, either side’s (guard)', () => {
    expect(
      met(
        hosting(
          'Во вторник директор Агентства технологического развития Анна Сурмина провела ' +
            'переговоры с делегацией в офисе агентства.',
        ),
      ),
    ).toEqual(['Олег Тюрин']);
  });
});

// A federal agency's release of its head's trip to a region at home.
const atHome = (took: string) =>
  'Москва, 30 ноября 2026 г.\n\nРуководитель Федерального агентства посетил Карелию\n\n' +
  '26 ноября руководитель Федерального агентства Иван Смирнов посетил Республику Карелия. ' +
  `В Петрозаводске он встретился с главой республики Олегом Тюриным. ${took}`;

describe('those who took part in a working meeting, in a visit at home (Russian)', () => {
  it('reads both, named after the verb', () => {
    expect(
      met(
        atHome(
          'В рабочем совещании приняли участие министр лесного хозяйства Республики Карелия ' +
            'Алана Батразовна Гуриева и руководитель управления Росприроды по Республике ' +
            'Карелия Сослан Дзасохов.',
        ),
      ),
    ).toEqual(['Олег Тюрин', 'Алана Батразовна Гуриева', 'Сослан Дзасохов']);
  });

  it('reads each after a region’s other name, after a dash, and after an office’s body', () => {
    expect(
      roles(
        atHome(
          'В рабочем совещании приняли участие министр лесного хозяйства Республики Северная ' +
            'Озёрия – Лумпия Алана Батразовна Гуриева и руководитель Управления Росприроды по ' +
            'Республике Северная Озёрия – Лумпия Сослан Дзасохов.',
        ),
      ).slice(1),
    ).toEqual([
      [
        'Алана Батразовна Гуриева',
        'министр лесного хозяйства Республики Северная Озёрия – Лумпия',
        null,
      ],
      [
        'Сослан Дзасохов',
        'руководитель',
        'Управление Росприроды по Республике Северная Озёрия – Лумпия',
      ],
    ]);
  });
});

describe('one handed an award, in the dative after his office and rank (Russian)', () => {
  it('is met, named in the nominative', () => {
    expect(
      roles(
        `${russianVisit('Лумпию')}Иван Смирнов вручил ведомственную медаль заместителю ` +
          'министра обороны Лумпии генерал-майору У Тхейн Зо Мьинту.',
      ),
    ).toEqual([['Тхейн Зо Мьинт', 'заместитель министра обороны Лумпии', null]]);
  });
});

describe('a vice-chancellor met with no name, named in the next sentence (Russian)', () => {
  it('is read from his title there', () => {
    expect(
      roles(
        `${russianVisit('Лумпию')}В пятницу делегация отправится в Университет Лумпы и ` +
          'встретится с его вице-канцлером. Вице-канцлер Питер Окот Омоди расскажет о ' +
          'подготовке учителей.',
      ),
    ).toEqual([['Питер Окот Омоди', 'вице-канцлер', null]]);
  });
});

describe('a Balinese name opened by its mark and caste title, five words in all (Russian)', () => {
  it('is read whole', () => {
    expect(
      met(
        `${russianVisit('Лумпию')}Затем делегация посетила университет. Ректор университета ` +
          'И Густи Нгурах Кетут Сантика рассказал о программах обучения.',
      ),
    ).toEqual(['И Густи Нгурах Кетут Сантика']);
  });

  it('leaves a sentence opening with "И" before a name no Balinese one (guard)', () => {
    expect(
      met(
        `${russianVisit('Лумпию')}И Иван Смирнов провёл переговоры с министром культуры ` +
          'Лумпии Ольгой Пыстиной.',
      ),
    ).toEqual(['Ольга Пыстина']);
  });
});

describe('a head met with no name, named a sentence later as the one who remarked (Russian)', () => {
  const text = (remark: string) =>
    `${russianVisit('Лумпию')}Затем он провёл переговоры с генеральным директором ` +
    'Национальной библиотеки Лумпии. Стороны обсудили обмен копиями рукописей. ' +
    `${remark}, в фондах библиотеки хранятся старинные карты.`;

  it('is read from the remark', () => {
    expect(roles(text('Как отметила Умм Лейла Хасан Аль Нуайми'))).toEqual([
      ['Умм Лейла Хасан Аль Нуайми', 'генеральный директор', 'Национальная библиотека Лумпии'],
    ]);
  });

  it('is not the visitor who remarked (guard)', () => {
    expect(met(text('Как отметил Иван Смирнов'))).toEqual([]);
  });
});

describe('an artistic director named before what she presented (Russian)', () => {
  it('is met', () => {
    expect(
      met(
        `${russianVisit('Тверь')}Иван Смирнов встретился с министром культуры Олегом ` +
          'Тюриным. Художественный руководитель Озёрской филармонии Лейла Азаматовна Бжеумыхова ' +
          'представила концертную программу «Голоса гор».',
      ),
    ).toEqual(['Олег Тюрин', 'Лейла Азаматовна Бжеумыхова']);
  });
});

describe('a host named by the office that opens the sentence, who discussed with the visitors (Russian)', () => {
  it('is met', () => {
    expect(
      roles(
        `${russianVisit('Лумпию')}Министр торговли и занятости Республики Лумпия Мамаду ` +
          'Сано и представители местных компаний обсудили с российской стороной поставки труб.',
      ),
    ).toEqual([['Мамаду Сано', 'министр торговли и занятости Республики Лумпия', null]]);
  });
});

describe('the host of a dinner, named after it in a clause with «который» (Russian)', () => {
  it('is met', () => {
    expect(
      roles(
        `${russianVisit('Лумпию')}Вечером состоится деловой ужин в Торговой палате Лумпии, ` +
          'который даст её президент Ицхак Бен Арье.',
      ),
    ).toEqual([['Ицхак Бен Арье', 'президент', null]]);
  });
});

describe('officials named by one given name made with "Allah", in the instrumental (Russian)', () => {
  it('reads each', () => {
    expect(
      met(
        `${russianVisit('Лумпию')}Иван Смирнов провёл переговоры с заместителем министра ` +
          'водных ресурсов Пакистана Нуруллахом и генеральным директором Лумпийской водной ' +
          'администрации Хайруллахом.',
      ),
    ).toEqual(['Нуруллах', 'Хайруллах']);
  });
});

describe('a temple’s name after its noun, before its keeper’s (Russian)', () => {
  it('is no one met, and stays in the keeper’s title', () => {
    expect(
      roles(
        `${russianVisit('Лумпию')}Затем запланирована встреча с хранителем храма Шехи Бари ` +
          'шейхом Хасо Тамоевичем Бакоевым.',
      ),
    ).toEqual([['Хасо Тамоевич Бакоев', 'хранитель храма Шехи Бари', null]]);
  });
});
