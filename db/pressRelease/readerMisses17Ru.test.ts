import { describe, expect, it } from 'vitest';
import { foreignPeopleMet } from './foreignPeople.js';
import { met, roles } from '../test/peopleMet.js';
import { nameCandidates } from './nameCandidates.js';

describe('a woman’s given name in the instrumental before a short surname that does not decline', () => {
  it('reads «с заместителем министра Ольгой Лим» as «Ольга Лим» (Russian)', () => {
    expect(
      foreignPeopleMet(
        'Иван Смирнов также встретился с председателем агентства Бахтиёром Рахимовым и заместителем министра финансов Ольгой Лим.',
        'Иван Смирнов',
      )?.people.map((p) => p.name),
    ).toEqual(['Бахтиёр Рахимов', 'Ольга Лим']);
  });
});

describe('the host who invited the visitor, named in the genitive after «по приглашению»', () => {
  it('reads «По приглашению министра энергетики Республики Чили Хосе Переса» as met (Russian)', () => {
    expect(
      met(
        'По приглашению министра энергетики Республики Чили Хосе Переса руководитель Федерального агентства Иван Смирнов 3–5 июня посетит с рабочим визитом Сантьяго. Стороны обсудят поставки оборудования.',
      ),
    ).toEqual(['Хосе Перес']);
  });

  it('reads the inviter in a clause before the talks: «куда делегация прибыла по приглашению министра A» (Russian)', () => {
    expect(
      met(
        '3–5 июня руководитель Федерального агентства Иван Смирнов находился с визитом в Монголии. В Улан-Баторе, куда делегация прибыла по приглашению министра дорог и транспорта Монголии Батбаяра Ганзорига, состоялись переговоры сторон.',
      ),
    ).toEqual(['Батбаяр Ганзориг']);
  });

  it('reads an Arabic name with «бин» and «аль-» after a country of two words: «Королевства Саудовская Аравия Фахада бин Саада аль-Кахтани» (Russian)', () => {
    expect(
      met(
        'По приглашению министра энергетики Королевства Саудовская Аравия Фахада бин Саада аль-Кахтани руководитель Федерального агентства Иван Смирнов 3–5 июня посетит с рабочим визитом Эр-Рияд.',
      ),
    ).toEqual(['Фахад бин Саад аль-Кахтани']);
  });

  it('takes the inviter’s nominative the release gives elsewhere: «Лю Цзюня» is «Лю Цзюнь» (Russian)', () => {
    expect(
      met(
        'По приглашению министра водных ресурсов КНР Лю Цзюня руководитель Федерального агентства Иван Смирнов 3–5 июня посетит Пекин. Министр водных ресурсов КНР Лю Цзюнь и Иван Смирнов подпишут меморандум.',
      ),
    ).toEqual(['Лю Цзюнь']);
  });

  it('gives the inviter’s title its nominative: «первого заместителя министра финансов» (Russian)', () => {
    expect(
      roles(
        'По приглашению первого заместителя министра финансов Республики Чили Хосе Переса руководитель Федерального агентства Иван Смирнов 3–5 июня посетит Сантьяго.',
      ),
    ).toEqual([['Хосе Перес', 'первый заместитель министра финансов Республики Чили', null]]);
  });

  it('gives an adjective in «-кого»/«-ского» before the inviter’s title its nominative in «-кий» (Russian)', () => {
    expect(
      roles(
        'По приглашению технического директора национальной компании Республики Чили Хосе Переса руководитель Федерального агентства Иван Смирнов 3–5 июня посетит Сантьяго.',
      )[0]?.[1],
    ).toBe('технический директор национальной компании Республики Чили');
  });

  it('takes no one invited by the visitor’s own envoy: «по приглашению Посла России в Чили A» (Russian)', () => {
    expect(
      met(
        '3–5 июня руководитель Федерального агентства Иван Смирнов находился с визитом в Чили. По приглашению Посла России в Чили Петра Иванова делегация посетила посольство.',
      ),
    ).toEqual([]);
  });
});

describe('a round table with bodies each followed by its person in brackets', () => {
  it('reads «с участием представителей Министерства A (Хасан аль-Амири), Совета B (Омар ас-Саид) и Университета C (Фейсал аль-Харби)» (Russian)', () => {
    expect(
      foreignPeopleMet(
        '5 июня в Маскате состоится круглый стол по водным ресурсам с участием представителей Министерства сельского хозяйства (Хасан аль-Амири), Национального совета по водным ресурсам (Омар ас-Саид) и Университета Султана Кабуса (Фейсал аль-Харби).',
        'Иван Смирнов',
      )?.people.map((p) => [p.name, p.body]),
    ).toEqual([
      ['Хасан аль-Амири', 'Министерство сельского хозяйства'],
      ['Омар ас-Саид', 'Национальный совет по водным ресурсам'],
      ['Фейсал аль-Харби', 'Университет Султана Кабуса'],
    ]);
  });

  it('gives a body named by an adjective in «-ского» or «-шей» its nominative in «-ский» or «-шая» (Russian)', () => {
    expect(
      foreignPeopleMet(
        '5 июня в Маскате состоится круглый стол с участием представителей Технического университета (Хасан аль-Амири), Морской академии (Омар ас-Саид) и Высшей школы экономики (Фейсал аль-Харби).',
        'Иван Смирнов',
      )?.people.map((p) => [p.name, p.body]),
    ).toEqual([
      ['Хасан аль-Амири', 'Технический университет'],
      ['Омар ас-Саид', 'Морская академия'],
      ['Фейсал аль-Харби', 'Высшая школа экономики'],
    ]);
  });

  it('reads «yuvarlak masa toplantısına Tarım Bakanlığı (Hasan el-Amiri) ve Su Kurulu (Ömer es-Said) katıldı» (Turkish)', () => {
    expect(
      foreignPeopleMet(
        'Maskat’ta düzenlenen yuvarlak masa toplantısına Tarım Bakanlığı (Hasan el-Amiri), Su Kaynakları Kurulu (Ömer es-Said) ve Sultan Kabus Üniversitesi (Faysal el-Harbi) katıldı.',
        'Ali Kaya',
      )?.people.map((p) => [p.name, p.body]),
    ).toEqual([
      ['Hasan el-Amiri', 'Tarım Bakanlığı'],
      ['Ömer es-Said', 'Su Kaynakları Kurulu'],
      ['Faysal el-Harbi', 'Sultan Kabus Üniversitesi'],
    ]);
  });
});

describe('a title met with no name, the name opening the next sentence', () => {
  it('reads «провёл переговоры с министром энергетики Республики Чили. Хосе Перес отметил …» (Russian)', () => {
    expect(
      roles(
        '3 июня руководитель Федерального агентства Иван Смирнов в ходе рабочего визита в Республику Чили провёл переговоры с министром энергетики и горнодобывающей промышленности Республики Чили. Хосе Перес отметил, что сотрудничество развивается.',
      ),
    ).toEqual([
      ['Хосе Перес', 'министр энергетики и горнодобывающей промышленности Республики Чили', null],
    ]);
  });

  it('reads «Görüşmeye Şili Su Kaynakları Ajansı Direktörü de katıldı. Ana Rojas, …» (Turkish)', () => {
    expect(
      met(
        'Ankara, 5 Haziran 2026 – Ali Kaya, 3 Haziran’da Şili’ye çalışma ziyareti gerçekleştirdi. Kaya, Şili Enerji Bakanı José Pérez ile görüştü. Görüşmeye Şili Su Kaynakları Ajansı Direktörü de katıldı. Ana Rojas, ajansın projeleri hakkında bilgi verdi.',
      ),
    ).toEqual(['José Pérez', 'Ana Rojas']);
  });

  it('takes no one after the visitor’s own ambassador: «Görüşmeye Türkiye’nin Santiago Büyükelçisi de katıldı» (Turkish)', () => {
    expect(
      met(
        'Ankara, 5 Haziran 2026 – Ali Kaya, 3 Haziran’da Şili’ye çalışma ziyareti gerçekleştirdi. Kaya, Şili Enerji Bakanı José Pérez ile görüştü. Görüşmeye Türkiye’nin Santiago Büyükelçisi de katıldı. Mehmet Demir, iki ülke arasındaki ilişkilere değindi.',
      ),
    ).toEqual(['José Pérez']);
  });
});

describe('an Arabic compound title with an apostrophe inside, before the name', () => {
  it('reads «Arnavutluk Müslüman Cemaati Reisü’l-Uleması Edmond Hoxhaj’ı ziyaret etti» as «Edmond Hoxhaj» (Turkish)', () => {
    expect(
      foreignPeopleMet(
        'Kaya, aynı gün Arnavutluk Müslüman Cemaati Reisü’l-Uleması Edmond Hoxhaj’ı ziyaret etti.',
        'Ali Kaya',
      )?.people.map((p) => [p.name, p.role]),
    ).toEqual([['Edmond Hoxhaj', 'Arnavutluk Müslüman Cemaati Reisü’l-Uleması']]);
  });

  it('reads «Tiran’da Reisü’l-Ulema Hoxhaj ile görüştü» as the one named in full before (Turkish)', () => {
    expect(
      foreignPeopleMet('Kaya, Tiran’da Reisü’l-Ulema Hoxhaj ile görüştü.', 'Ali Kaya', [
        'Edmond Hoxhaj',
      ])?.people.map((p) => p.name),
    ).toEqual(['Edmond Hoxhaj']);
  });
});

describe('a place named after a person, ended by its kind in Turkish', () => {
  const candidates = (sentence: string) =>
    nameCandidates(sentence, {
      language: 'tr',
      visitors: ['Ali Kaya'],
      found: [],
      listItem: false,
    }).map((p) => p.name);

  it('takes no one from «Miguel Grau Arena çevresinde» after a meeting (Turkish)', () => {
    expect(
      candidates(
        'Lima Belediye Başkanı Rosa Díaz ile görüşen Kaya, Miguel Grau Arena çevresinde yapılan konut alanını inceledi.',
      ),
    ).toEqual(['Rosa Díaz']);
  });

  it("takes no one from «Ricardo Palma Kütüphanesi'ni ziyaret edecek» (Turkish)", () => {
    expect(
      candidates("Heyet, restorasyonu süren Ricardo Palma Kütüphanesi'ni ziyaret edecek."),
    ).toEqual([]);
  });
});

describe('the words before a Turkish name that are no title', () => {
  const rolesOf = (sentence: string) =>
    foreignPeopleMet(sentence, 'Ali Kaya')?.people.map((p) => [p.name, p.role]);

  it('takes no title from a city in the locative: «Lima’da Rosa Díaz ile görüşme yapan Kaya» (Turkish)', () => {
    expect(
      rolesOf("Lima'da Rosa Díaz ile ikili görüşme yapan Kaya, iş birliğini ele aldı."),
    ).toEqual([['Rosa Díaz', '']]);
  });

  it('takes no opening word in the ablative into the title: «Ardından Ulusal Park Derneği Başkanı A ile görüştü» (Turkish)', () => {
    expect(rolesOf('Ardından Ulusal Park Derneği Başkanı Rosa Díaz ile görüştü.')).toEqual([
      ['Rosa Díaz', 'Ulusal Park Derneği Başkanı'],
    ]);
  });
});
