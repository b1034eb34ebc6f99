import { describe, expect, it } from 'vitest';
import { foreignPeopleMet } from './foreignPeople.js';
import { met, roles } from '../test/peopleMet.js';

describe('an Uzbek name with «угли» or «кизи» after the father’s name, the given name declined', () => {
  it('reads «при участии первого заместителя председателя Бахрома Камол угли» as «Бахром Камол угли» (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Узбекистане. 5 мая Иван Смирнов встретился с Министром финансов Республики Узбекистан Алишером Назаровым. Переговоры прошли при участии первого заместителя председателя комитета Бахрома Камол угли.',
      ),
    ).toEqual(['Алишер Назаров', 'Бахром Камол угли']);
  });

  it('reads «встретился с заместителем министра Дилнозой Акмал кизи» as «Дилноза Акмал кизи» (Russian)', () => {
    expect(
      foreignPeopleMet(
        'Иван Смирнов также встретился с заместителем министра финансов Дилнозой Акмал кизи.',
        'Иван Смирнов',
      )?.people.map((p) => p.name),
    ).toEqual(['Дилноза Акмал кизи']);
  });
});

describe('someone who took part, said «участвовал», is not met on a visit abroad', () => {
  it('takes no one from «в переговорах участвовал Посол России в Перу A» (Russian)', () => {
    expect(
      foreignPeopleMet(
        'В Лиме в переговорах участвовал Посол России в Перу Пётр Иванов, в Кито – советник посольства Олег Петров.',
        'Иван Смирнов',
      ),
    ).toBeNull();
  });
});

describe('a round table held «с участием» people each with a body in brackets', () => {
  it('reads «с участием A (Ассоциация), B (Университет) и C (Институт)», the last in the genitive (Russian)', () => {
    expect(
      foreignPeopleMet(
        'В тот же день Иван Смирнов проведёт круглый стол по лесному хозяйству с участием Лю Мэйхуа (Китайская ассоциация лесоводов), Чжан Вэй (Лесной университет Китая) и Сунь Цзяньмина (Институт лесных ресурсов).',
        'Иван Смирнов',
      )?.people.map((p) => p.name),
    ).toEqual(['Лю Мэйхуа', 'Чжан Вэй', 'Сунь Цзяньмин']);
  });
});

describe('people named in the genitive after «с участием», past a body’s genitive words', () => {
  it('reads «с участием заместителя министра по делам Севера и Арктики Марины Козак и генерального директора Корпорации развития Севера и Арктики Виктора Соболева» (Russian)', () => {
    expect(
      foreignPeopleMet(
        'Переговоры прошли с участием заместителя министра по делам Севера и Арктики Марины Козак и генерального директора Корпорации развития Севера и Арктики Виктора Соболева.',
        'Хосе Рамос',
        [],
        true,
      )?.people.map((p) => p.name),
    ).toEqual(['Марина Козак', 'Виктор Соболев']);
  });

  it('still takes a name in the nominative after «с участием» as it stands (Russian)', () => {
    expect(
      foreignPeopleMet(
        'Встреча прошла с участием делегации, которую возглавила заместитель министра Анна Белова.',
        'Хосе Рамос',
        [],
        true,
      )?.people.map((p) => p.name) ?? [],
    ).not.toContain('Анн Белов');
  });
});

describe('a region’s name in the genitive, an adjective and a noun, is no one', () => {
  it('takes no one from «консультации с ведомствами Восточного Средиземноморья» (Russian)', () => {
    expect(
      foreignPeopleMet(
        'Иван Смирнов отметил, что регулярные консультации с транспортными ведомствами Восточного Средиземноморья позволят ускорить перевозки.',
        'Иван Смирнов',
      ),
    ).toBeNull();
  });
});

describe('a given name in «-а» after a hissing consonant, in the instrumental, before a surname that does not decline', () => {
  it('reads «с директором агентства Лашей Цинцадзе и Важей Маргвелашвили» (Russian)', () => {
    expect(
      foreignPeopleMet(
        'Затем прошли переговоры с директором Агентства связи Грузии Лашей Цинцадзе и заместителем министра Важей Маргвелашвили.',
        'Иван Смирнов',
      )?.people.map((p) => p.name),
    ).toEqual(['Лаша Цинцадзе', 'Важа Маргвелашвили']);
  });
});

describe('a Portuguese name with the particle «д’» before a surname', () => {
  it('reads «с директором агентства Луизой Фернандой д’Оливейра Кошта» as «Луиза Фернанда д’Оливейра Кошта» (Russian)', () => {
    expect(
      foreignPeopleMet(
        "Делегация также встретилась с директором Национального агентства вод Луизой Фернандой д'Оливейра Кошта.",
        'Иван Смирнов',
      )?.people.map((p) => p.name),
    ).toEqual(["Луиза Фернанда д'Оливейра Кошта"]);
  });

  it('lists her once, by her whole name, in the release (Russian)', () => {
    expect(
      met(
        "Бразилиа, 17 марта 2026 г. – Министр промышленности Российской Федерации Иван Смирнов сегодня провёл переговоры с министром энергетики Бразилии Паулу Силвой.\n\nДелегация также встретилась с директором Национального агентства вод Луизой Фернандой д'Оливейра Кошта.",
      ),
    ).toEqual(['Паулу Силва', "Луиза Фернанда д'Оливейра Кошта"]);
  });

  it('reads «Luiza Fernanda d’Oliveira Costa ile görüştü» (Turkish)', () => {
    expect(
      foreignPeopleMet(
        "Kaya, Brezilya Ulusal Su Ajansı Direktörü Luiza Fernanda d'Oliveira Costa ile görüştü.",
        'Ali Kaya',
      )?.people.map((p) => p.name),
    ).toEqual(["Luiza Fernanda d'Oliveira Costa"]);
  });
});

describe('a visit abroad: the host’s people who attended were met, the visitor’s own were not', () => {
  const visit =
    "Ankara, 6 Mart 2026 – Toprak Ofisi (TO) Genel Müdürü Ali Kaya, 2-3 Mart tarihlerinde Peru'ya çalışma ziyareti gerçekleştirdi.\n\nKaya, Lima'da Peru Tarım Bakanı José Ramos ile görüştü.";

  it('reads «Görüşmeye Peru Su Dairesi Başkanı A B da katıldı» (Turkish)', () => {
    expect(met(`${visit} Görüşmeye Peru Su Dairesi Başkanı Rosa Quispe da katıldı.`)).toEqual([
      'José Ramos',
      'Rosa Quispe',
    ]);
  });

  it('reads one of a company, with a woman’s name with «el-» (Turkish)', () => {
    expect(
      met(
        `${visit} Görüşmeye Andes Mining & Oil Genel Müdür Yardımcısı Leyla el-Ahdab de katıldı.`,
      ),
    ).toEqual(['José Ramos', 'Leyla el-Ahdab']);
  });

  it('still takes no one of the visitor’s own body, named by its short name (Turkish)', () => {
    expect(met(`${visit} Görüşmeye TO Genel Müdür Yardımcısı Mehmet Demir de katıldı.`)).toEqual([
      'José Ramos',
    ]);
  });
});

describe('a body’s name before its short name in brackets is no one, and the visitor follows it', () => {
  it('takes «Kuzey Kereste Ofisi (KKO) Genel Müdürü Ali Kaya» for the visitor, not as met (Turkish)', () => {
    expect(
      met(
        "Kuzey Kereste Ofisi (KKO) Genel Müdürü Ali Kaya, Peru Tarım Bakanı José Ramos'un davetlisi olarak 3-5 Mart tarihlerinde Peru'yu ziyaret edecek.\n\nLima'da Bakan Ramos ile görüşecek olan Kaya'nın, Peru Orman Ajansı Başkanı Rosa Quispe'yi de makamında ziyaret etmesi planlanıyor.",
      ),
    ).toEqual(['José Ramos', 'Rosa Quispe']);
  });
});

describe('a stadium named after a person is no one', () => {
  it('takes no one from «Nikola Petroviç Stadyumu yakınındaki merkezi ziyaret etti» (Turkish)', () => {
    expect(
      foreignPeopleMet(
        'Heyet, Nikola Petroviç Stadyumu yakınındaki vergi hizmet merkezini ziyaret etti.',
        'Ali Kaya',
      ),
    ).toBeNull();
  });
});

describe('abroad, an official named by a title of small words only, who took part, is the host’s', () => {
  it('reads «В переговорах принял участие секретарь по водным ресурсам министерства A B C Жуниор» (Russian)', () => {
    expect(
      foreignPeopleMet(
        'В переговорах принял участие секретарь по водным ресурсам и ирригации министерства Паулу Роберту Силва Жуниор.',
        'Иван Смирнов',
      )?.people.map((p) => p.name),
    ).toEqual(['Паулу Роберту Силва Жуниор']);
  });

  it('still takes no one named by a bare office, which may be of either side (Russian)', () => {
    expect(
      foreignPeopleMet(
        'В переговорах также принял участие заместитель министра Олег Петров.',
        'Иван Смирнов',
      ),
    ).toBeNull();
  });

  it('still takes no one named with his own country or embassy (Russian)', () => {
    expect(
      foreignPeopleMet(
        'В переговорах принял участие советник посольства Олег Петров.',
        'Иван Смирнов',
      ),
    ).toBeNull();
  });
});

describe('the visitor’s surname as the subject before a comma is no part of the title after it', () => {
  it('reads «Kaya, Peru Tarım Bakanı José Ramos tarafından kabul edildi» with the title «Peru Tarım Bakanı» (Turkish)', () => {
    expect(
      roles(
        "Ankara, 6 Mart 2026 – Toprak Ofisi Genel Müdürü Ali Kaya, 2-3 Mart tarihlerinde Peru'ya çalışma ziyareti gerçekleştirdi.\n\nSalı günü Kaya, Peru Tarım Bakanı José Ramos tarafından kabul edildi.",
      ),
    ).toEqual([['José Ramos', 'Peru Tarım Bakanı', null]]);
  });
});
