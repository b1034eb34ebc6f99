import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('the capital of a small state, named in a dateline or a sentence', () => {
  it('reads «Вадуц, 4 мая 2026 г.», «… фестиваля Вадуца», then a talk of Moscow as a visit to Liechtenstein (Russian)', () => {
    expect(
      visitOf(
        'Вадуц, 4 мая 2026 г.\n\nДиректор Росархива провёл встречи в Лихтенштейне\n\nСегодня директор Федерального архивного агентства Андрей Артизов провёл переговоры с директором Музыкального фестиваля Вадуца Сабиной Мунц, которая предложила провести в Москве выставку документов.',
      ).country,
    ).toBe('LI');
  });

  it('reads «Сан-Марино» and «Валлетта» as cities of their states (Russian)', () => {
    expect(
      visitOf(
        '4 мая 2026 г. директор Росархива Андрей Артизов в Сан-Марино провёл переговоры с государственным секретарём по культуре Лукой Беккари, предложившим провести в Москве выставку.',
      ).country,
    ).toBe('SM');
    expect(
      visitOf(
        '4 мая 2026 г. директор Росархива Андрей Артизов в Валлетте провёл переговоры с министром культуры Мальты Оуэном Бонничи, предложившим провести в Москве выставку.',
      ).country,
    ).toBe('MT');
  });

  it('reads «Monte Carlo» and «Vaduz» in a Turkish release as the small states’ cities', () => {
    expect(
      visitOf(
        "Ankara, 4 Mayıs 2026\n\nKurum Başkanı Ali Kaya, 2 Mayıs'ta Monte Carlo'da Monako Kültür Bakanı Pierre Dumas ile görüştü. Dumas, Ankara'da bir sergi açılmasını önerdi.",
      ).country,
    ).toBe('MC');
    expect(
      visitOf(
        "Ankara, 4 Mayıs 2026\n\nKurum Başkanı Ali Kaya, 2 Mayıs'ta Vaduz'da Lihtenştayn Kültür Bakanı Sabine Frick ile görüştü. Frick, Ankara'da bir sergi açılmasını önerdi.",
      ).country,
    ).toBe('LI');
  });

  it('reads «Andorra la Vella» in an English release as Andorra', () => {
    expect(
      visitOf(
        'ANDORRA LA VELLA, 4 May 2026\n\nThe Secretary General met in Andorra la Vella with Minister of Culture Jordi Pons, who proposed an exhibition in London.',
      ).country,
    ).toBe('AD');
  });
});

describe('a Turkish trip to two countries told in the locative before the word of the visit', () => {
  it('reads «… Gürcistan ve Ermenistan’da temaslarda bulundu» then Tbilisi and Yerevan as a visit to Georgia first', () => {
    expect(
      visitOf(
        "Ankara, 6 Ekim 2026\n\nKurum Başkanı Gürcistan ve Ermenistan'da temaslarda bulundu\n\nKurum Başkanı Ali Kaya, 30 Eylül-3 Ekim tarihlerinde Gürcistan ve Ermenistan'a çalışma ziyareti gerçekleştirdi.\n\nTiflis Uluslararası Havalimanı'na inen heyet, aynı gün Gürcistan Ekonomi Bakanı Levan Davitaşvili tarafından kabul edildi.\n\n2 Ekim'de Erivan'a geçen Kaya, Ermenistan Ekonomi Bakanı Gevorg Papoyan ile görüştü.",
      ).country,
    ).toBe('GE');
  });
});

const RU_BALKANS = '3 июня руководитель Федерального агентства Иван Смирнов посетил Белград. ';

describe('a place’s adjective after «Республики», before the name', () => {
  it('reads «с Председателем Правительства Республики Горской Милошем Радичем» as «Милош Радич» (Russian)', () => {
    expect(
      roles(
        `${RU_BALKANS}Иван Смирнов встретился с Председателем Правительства Республики Горской Милошем Радичем, а также с министром здравоохранения Республики Горской Зорицей Павлович-Илич.`,
      ),
    ).toEqual([
      ['Милош Радич', 'Председатель Правительства Республики Горской', null],
      ['Зорица Павлович-Илич', 'министр здравоохранения Республики Горской', null],
    ]);
  });
});

const TR_BALKANS =
  "Ankara\n2 Ekim 2026\n\nAli Kaya Kuzey Makedonya'da temaslarda bulundu\n\nKurum Başkanı Ali Kaya, 29 Eylül-1 Ekim 2026 tarihlerinde Kuzey Makedonya'ya çalışma ziyareti gerçekleştirdi.\n\n";

const TR_GULF =
  "Ankara\n2 Ekim 2026\n\nAli Kaya Umman'da temaslarda bulundu\n\nKurum Başkanı Ali Kaya, 29 Eylül-1 Ekim 2026 tarihlerinde Umman'a çalışma ziyareti gerçekleştirdi.\n\n";

describe('an Arab court style before a name', () => {
  it('reads «… Bakanı Seyyid Fahir bin Said Al Busaidi tarafından kabul edildi» as «Fahir bin Said Al Busaidi» (Turkish)', () => {
    expect(
      roles(
        `${TR_GULF}Kaya, Umman Kültür Bakanı Seyyid Fahir bin Said Al Busaidi tarafından kabul edildi.`,
      ),
    ).toEqual([['Fahir bin Said Al Busaidi', 'Umman Kültür Bakanı', null]]);
  });

  it('reads «с министром культуры Омана Сейидом Фахиром бин Саидом Аль Бусаиди» as «Фахир бин Саид Аль Бусаиди» (Russian)', () => {
    expect(
      roles(
        '3 июня руководитель Федерального агентства Иван Смирнов посетил Маскат. Иван Смирнов встретился с министром культуры Омана Сейидом Фахиром бин Саидом Аль Бусаиди.',
      ),
    ).toEqual([['Фахир бин Саид Аль Бусаиди', 'министр культуры Омана', null]]);
  });
});

describe('a monarch or a church’s head named by one word after the style', () => {
  it('reads «был принят Патриархом Горским Савватием» as «Савватий», «Патриарх Горский» (Russian)', () => {
    expect(
      roles(
        `${RU_BALKANS}Иван Смирнов был принят Патриархом Горским Савватием. Делегация посетила собор.`,
      ),
    ).toEqual([['Савватий', 'Патриарх Горский', null]]);
  });

  it('reads «принят президентом фестиваля … принцессой Аделаидой» as «Аделаида», no style in the title (Russian)', () => {
    expect(
      roles(
        `${RU_BALKANS}Иван Смирнов был принят президентом Международного фестиваля оперы принцессой Аделаидой. Стороны обсудили гастроли.`,
      ).map((r) => [r[0], r[1]]),
    ).toEqual([['Аделаида', 'президент Международного фестиваля оперы']]);
  });

  it('reads «… Kilisesi Patriği Stefanos tarafından kabul edildi» as «Stefanos» (Turkish)', () => {
    expect(
      roles(
        `${TR_BALKANS}Kaya, Üsküp'te Makedon Ortodoks Kilisesi Patriği Stefanos tarafından kabul edildi.`,
      ).map((r) => r[0]),
    ).toEqual(['Stefanos']);
  });
});

const TR_SPAIN =
  "Ankara, 6 Ekim 2026\n\nKurum Başkanı İspanya'da temaslarda bulundu\n\nKurum Başkanı Ali Kaya, 1-3 Ekim tarihlerinde İspanya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('a club’s name in its own language before the title of its head', () => {
  it('reads no person «Aero Club» in «Aero Club de Sevilla Başkanı Luis Gómez ile görüştü» (Turkish)', () => {
    expect(
      roles(`${TR_SPAIN}Kaya, 1 Ekim'de Aero Club de Sevilla Başkanı Luis Gómez ile görüştü.`).map(
        (r) => r[0],
      ),
    ).toEqual(['Luis Gómez']);
  });
});

describe('a place named after a person, ending in its kind', () => {
  it('reads no person in «Arturo Merino Santiago-Pudahuel Havalimanı üzerinden Sevilla’ya geçen Kaya» (Turkish)', () => {
    expect(
      roles(
        `${TR_SPAIN}2 Ekim'de Arturo Merino Santiago-Pudahuel Havalimanı üzerinden Sevilla'ya geçen Kaya, Endülüs Ulaştırma Bakanı Juan Muñoz ile görüştü.`,
      ).map((r) => r[0]),
    ).toEqual(['Juan Muñoz']);
  });
});

const RU_HOSTED_KOREA =
  'Москва\n12 марта 2026 г.\n\nВ Росархиве прошли переговоры с делегацией Кореи\n\nВо вторник Москву посетила делегация Национального архива Республики Корея во главе с директором архива Ли Сон Мином.\n\nДелегация была принята руководителем Федерального архивного агентства Андреем Артизовым.\n\n';

describe('one whose greeting or message was passed on, named in the genitive', () => {
  it('reads no one met in «Участникам встречи было передано приветствие министра … Республики Корея Пак Чон Хо» (Russian)', () => {
    expect(
      roles(
        `${RU_HOSTED_KOREA}Участникам встречи было передано приветствие министра культуры, спорта и туризма Республики Корея Пак Чон Хо, который не смог приехать в Москву.`,
      ).map((r) => r[0]),
    ).toEqual(['Андрей Артизов']);
  });
});

describe('a Turkish office held in a ministry or an administration named before it', () => {
  it('parts «Kuzey Makedonya Ekonomi Bakanlığı Genel Sekreteri», «… Gelir İdaresi Başkan Yardımcısı» into the office and the body (Turkish)', () => {
    expect(
      roles(
        `${TR_BALKANS}Kaya, Üsküp'te Kuzey Makedonya Ekonomi Bakanlığı Genel Sekreteri Goran Iliev ile görüştü ve Kuzey Makedonya Gelir İdaresi Başkan Yardımcısı Vesna Petrova'yı ziyaret etti.`,
      ).map((r) => [r[1], r[2]]),
    ).toEqual([
      ['Genel Sekreter', 'Kuzey Makedonya Ekonomi Bakanlığı'],
      ['Başkan Yardımcısı', 'Kuzey Makedonya Gelir İdaresi'],
    ]);
  });
});

describe('a Russian office of a body named by its short name in the genitive', () => {
  it('reads «была принята руководителем Росархива Андреем Артизовым» as «руководитель» of «Росархив» (Russian)', () => {
    expect(
      roles(
        'Москва\n12 марта 2026 г.\n\nВ Росархиве прошли переговоры с делегацией Кореи\n\nВо вторник Москву посетила делегация Национального архива Республики Корея во главе с директором архива Ли Сон Мином.\n\nДелегация была принята руководителем Росархива Андреем Артизовым.',
      ),
    ).toEqual([['Андрей Артизов', 'руководитель', 'Росархив']]);
  });
});

describe('a Russian office of a bank’s governor', () => {
  it('reads «с заместителем управляющего Национального банка Грузии» as «заместитель управляющего» of the bank (Russian)', () => {
    expect(
      roles(
        '3 июня руководитель Федерального агентства Иван Смирнов посетил Тбилиси. Иван Смирнов встретился с заместителем управляющего Национального банка Грузии Давидом Лежавой.',
      ).map((r) => [r[1], r[2]]),
    ).toEqual([['заместитель управляющего', 'Национальный банк Грузии']]);
  });
});

describe('what was attended is no title of those who took part in it', () => {
  it('reads «… в круглом столе …, в котором также участвовали Айгерим Сапарова (Банк развития …)» with no title (Russian)', () => {
    expect(
      roles(
        '3 июня руководитель Федерального агентства Иван Смирнов посетил Астану. Затем Иван Смирнов принял участие в круглом столе по рынку облигаций, в котором также участвовали Айгерим Сапарова (Банк развития Казахстана) и Ержан Нуров (Астанинская биржа).',
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ['Айгерим Сапарова', null],
      ['Ержан Нуров', null],
    ]);
  });
});

describe('a Turkish body’s short name in brackets between its name and the title', () => {
  it('parts «Ulusal Su Kurumu (USK) Başkanı» into «Başkan» of «Ulusal Su Kurumu» (Turkish)', () => {
    expect(
      roles(
        `${TR_BALKANS}Kaya, Üsküp'te Kuzey Makedonya Ulusal Su Kurumu (USK) Başkanı Dragan Nikolov tarafından kabul edildi.`,
      ).map((r) => [r[1], r[2]]),
    ).toEqual([['Başkan', 'Kuzey Makedonya Ulusal Su Kurumu']]);
  });
});
