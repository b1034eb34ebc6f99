import { describe, expect, it } from 'vitest';
import { foreignPeopleMet } from './foreignPeople.js';
import { extractDraft } from './extractDraft.js';
import { met } from '../test/peopleMet.js';

describe('a Turkish host or attendee named in the genitive, in a sentence with no meeting word', () => {
  const visit = "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Gürcistan'ı ziyaret etti. ";

  it('reads «A’nın ev sahipliğinde» before what the visitor saw', () => {
    expect(
      met(
        `${visit}Ziyaretin ikinci gününde Gürcistan Sivil Havacılık Ajansı Başkanı Nino Lomidze'nin ev sahipliğinde yeni terminal incelendi.`,
      ),
    ).toEqual(['Nino Lomidze']);
  });

  it('reads «A’nın da katıldığı toplantıda»', () => {
    expect(
      met(
        `${visit}Görüşmede liman projeleri ve Gürcistan Demiryolları Genel Müdürü Levan Beridze'nin de katıldığı teknik toplantıda hat planları değerlendirildi.`,
      ),
    ).toEqual(['Levan Beridze']);
  });

  it('still takes no one whose greetings are passed on', () => {
    expect(
      met(
        `${visit}Bakan Kaya, Cumhurbaşkanı Mehmet Arslan'ın selamlarını Gürcistan halkına iletti.`,
      ),
    ).toEqual([]);
  });
});

describe('a second person met with «’le de» after a first met with «ile»', () => {
  it('reads both people before one verb (Turkish)', () => {
    expect(
      foreignPeopleMet(
        'Bakan Kaya, Hırvatistan Dış Ticaret Bakanı Ivo Horvat ile Hırvatistan Federasyonu Ticaret Bakanı Ante Kovačević’le de görüştü.',
        null,
      )?.people.map((p) => p.name),
    ).toEqual(['Ivo Horvat', 'Ante Kovačević']);
  });
});

describe('Turkey’s own ambassador who attended is no one met', () => {
  it('takes no ambassador of Türkiye named before «da katıldığı»', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Gürcistan'ı ziyaret etti. Türkiye'nin Tiflis Büyükelçisi Selim Doğan'ın da katıldığı görüşmelerin ardından bir anlaşma imzalandı.",
      ),
    ).toEqual([]);
  });
});

describe('a title met with no name after a meeting word, named in the next sentence', () => {
  it('reads the name that opens the sentence after «встретился с» a title in small letters (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Хорватии. 6 мая Иван Смирнов встретился с заместителем министра экономики по вопросам энергетики. Зоран Милич рассказал о программе строительства новых электростанций.',
      ),
    ).toEqual(['Зоран Милич']);
  });

  it('reads the name that opens the sentence after «ile görüştü», a given name that is also a title (Turkish)', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Katar'ı ziyaret etti. Kaya daha sonra Katar Rekabet Kurulu Başkanı ile görüştü. Emir Halilović, kurulun Türk Rekabet Kurumu ile imzaladığı anlaşmanın yenilenmesini önerdi.",
      ),
    ).toEqual(['Emir Halilović']);
  });
});

describe('a secretary-general met, named in small letters after «с»', () => {
  it('reads the secretary-general in the instrumental as someone met, not the visitor (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Таиланде. 5 мая Иван Смирнов встретился с генеральным секретарём Национального совета по стандартам Таиланда Сиринтарой Ваттанасак и директором Института мер Таиланда Прасертом Чаиянаном.',
      ),
    ).toEqual(['Сиринтара Ваттанасак', 'Прасерт Чаиянан']);
  });
});

describe('a meeting told in the future, «встретится с»', () => {
  it('reads a woman’s foreign name that does not decline after «г-жой»', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов посетит Шри-Ланку. Также Иван Смирнов встретится с министром торговли Шри-Ланки Сунилом Перерой и с заместителем министра финансов г-жой Нилани Ратнаяке.',
      ),
    ).toEqual(['Сунил Перера', 'Нилани Ратнаяке']);
  });
});

describe('a ship or a thing named in quotation marks is no person', () => {
  it('takes no name in «» after a noun in small letters (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Таиланде. 5 мая Иван Смирнов встретился с министром торговли Таиланда Сомсаком Чайвонгом, а также осмотрел учебное судно «Прасит Чанталак», на котором проходят испытания приборы.',
      ),
    ).toEqual(['Сомсак Чайвонг']);
  });
});

describe('the words that join a Russian list are no part of the title', () => {
  it('leaves «а также с» and «г-жой» out of the title', () => {
    const { meetings } = extractDraft(
      '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Египте. 5 мая Иван Смирнов встретился с министром торговли Египта Ахмедом Фаридом, а также с председателем Управления свободной зоны Александрии Халедом Мансуром и с заместителем министра финансов г-жой Нилани Ратнаяке.',
    );
    expect(
      meetings.flatMap((m) => m.participants.map((p) => p.title?.split(' ')[0] ?? null)),
    ).toEqual(['министр', 'председатель', 'заместитель']);
  });
});

describe('a monarch named by one word after his Turkish title', () => {
  it('reads «Kralı A tarafından kabul edildi»', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Ürdün'ü ziyaret etti. Bakan Kaya, 4 Mayıs'ta Amman'da Ürdün Kralı Talal tarafından kabul edildi.",
      ),
    ).toEqual(['Talal']);
  });

  it('reads «принят Королём Иордании A» in the instrumental (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Иордании. 5 мая в Аммане Иван Смирнов был принят Королём Иордании Талалом.',
      ),
    ).toEqual(['Талал']);
  });
});

describe('a name whose word comes back in it', () => {
  it('keeps the title before the whole name «A bin B bin A C»', () => {
    const { meetings } = extractDraft(
      "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Kuveyt'i ziyaret etti. Kuveyt'te Kuveyt Maliye Bakanı Salim bin Nasır bin Salim el-Sabah ile görüşen Bakan Kaya, yatırımları ele aldı.",
    );
    expect(meetings.flatMap((m) => m.participants.map((p) => [p.name, p.title]))).toEqual([
      ['Salim bin Nasır bin Salim el-Sabah', 'Kuveyt Maliye Bakanı'],
    ]);
  });
});

describe('someone present at a reception, «de hazır bulundu» (Turkish)', () => {
  it('reads the one present, not Turkey’s own ambassador', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Ürdün'ü ziyaret etti. Bakan Kaya, 4 Mayıs'ta Amman'da Ürdün Başbakanı Samir Haddad tarafından kabul edildi. Kabulde Ürdün Ulaştırma Bakanı Şeyh Faysal bin Ahmed Al Zaid de hazır bulundu. Görüşmede Türkiye'nin Amman Büyükelçisi Selim Doğan da hazır bulundu.",
      ),
    ).toEqual(['Samir Haddad', 'Faysal bin Ahmed Al Zaid']);
  });

  it('takes no body whose officials were present for a person', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Ürdün'ü ziyaret etti. Bakan Kaya, 4 Mayıs'ta Amman'da Ürdün Başbakanı Samir Haddad tarafından kabul edildi. Kabulde Ürdün Kalkınma Fonu ile Ulusal Su Ajansı yetkilileri de hazır bulundu.",
      ),
    ).toEqual(['Samir Haddad']);
  });
});

describe('a Turkish title met with no name that holds a hyphenated country', () => {
  it('keeps «Gine-Bissau» whole in the title of the one named next', () => {
    const { meetings } = extractDraft(
      "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Gine-Bissau'yu ziyaret etti. Kaya daha sonra Gine-Bissau Rekabet Kurulu Başkanı ile görüştü. Emir Halilović, kurulun Türk Rekabet Kurumu ile imzaladığı anlaşmanın yenilenmesini önerdi.",
    );
    expect(
      meetings.flatMap((m) => m.participants.map((p) => [p.name, p.title, p.organisation])),
    ).toEqual([['Emir Halilović', 'Başkan', 'Gine-Bissau Rekabet Kurulu']]);
  });
});

describe('a Turkish common noun in the locative opening the sentence is no part of the title', () => {
  it('leaves «Kabulde» out, and keeps a country that ends so («Kanada»)', () => {
    const { meetings } = extractDraft(
      "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Kanada'yı ziyaret etti. Bakan Kaya, 4 Mayıs'ta Ottawa'da Kanada Başbakanı John Smith tarafından kabul edildi. Kabulde Kanada Ulaştırma Bakanı Anne Roy de hazır bulundu.",
    );
    expect(meetings.flatMap((m) => m.participants.map((p) => [p.name, p.title]))).toEqual([
      ['John Smith', 'Kanada Başbakanı'],
      ['Anne Roy', 'Kanada Ulaştırma Bakanı'],
    ]);
  });
});

describe('a visit to Russia told by the host: who took part in the talks was met', () => {
  it('reads those who «приняли участие» in talks the host held (Russian)', () => {
    expect(
      met(
        'Москва, 14 сентября 2026 г. – В минувший четверг Росстат посетил с рабочим визитом Генеральный секретарь Международной ассоциации статистиков Джеймс Мванги.\n\nГость был принят руководителем Федеральной службы государственной статистики Петром Ивановым.\n\nВ переговорах также приняли участие заместитель руководителя Росстата Анна Белова и директор Института статистики Елена Орлова.',
      ),
    ).toEqual(['Петр Иванов', 'Анна Белова', 'Елена Орлова']);
  });

  it('still takes no one who took part in talks abroad', () => {
    expect(
      met(
        'Москва, 14 сентября 2026 г. – 10–11 сентября Министр торговли Российской Федерации Иван Смирнов посетил с рабочим визитом Республику Кению.\n\nИван Смирнов провёл переговоры с Министром торговли Кении Джеймсом Мванги.\n\nВ переговорах также приняли участие заместитель Министра торговли Российской Федерации Анна Белова и торговый представитель России в Кении Марина Орлова.',
      ),
    ).toEqual(['Джеймс Мванги']);
  });
});

describe('the words of taking part are no part of the title', () => {
  it('leaves «также приняли участие» out of the title (Russian)', () => {
    const { meetings } = extractDraft(
      'Москва, 14 сентября 2026 г. – В минувший четверг Росстат посетил с рабочим визитом Генеральный секретарь Международной ассоциации статистиков Джеймс Мванги.\n\nГость был принят руководителем Федеральной службы государственной статистики Петром Ивановым.\n\nВ переговорах также приняли участие заместитель руководителя службы Анна Белова.',
    );
    expect(meetings.flatMap((m) => m.participants.map((p) => [p.title, p.organisation]))).toEqual([
      ['руководитель', 'Федеральная служба государственной статистики'],
      ['заместитель руководителя', 'Федеральная служба государственной статистики'],
    ]);
  });
});
