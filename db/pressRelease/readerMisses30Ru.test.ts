import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('a day in figures with an ordinal ending (Russian)', () => {
  const release = (when: string) =>
    `Самара, 9 октября 2026 г.\n\nДелегация области посетила Армению\n\n${when} делегация Самарской области во главе с министром Петром Ерёминым находилась с рабочим визитом в Республике Армения.`;

  it('reads «со 2-го по 4-е октября» as the period', () => {
    expect(visitOf(release('Со 2-го по 4-е октября'))).toEqual({
      country: 'AM',
      start: '2026-10-02',
      end: '2026-10-04',
    });
  });

  it('reads «с 30-го сентября по 2-е октября» across the months', () => {
    expect(visitOf(release('С 30-го сентября по 2-е октября'))).toEqual({
      country: 'AM',
      start: '2026-09-30',
      end: '2026-10-02',
    });
  });

  it('reads «6-го и 7-го октября» and «с 5-го по 8-ое октября»', () => {
    expect(visitOf(release('6-го и 7-го октября'))).toMatchObject({
      start: '2026-10-06',
      end: '2026-10-07',
    });
    expect(visitOf(release('С 5-го по 8-ое октября'))).toMatchObject({
      start: '2026-10-05',
      end: '2026-10-08',
    });
  });
});

describe('the particles of German, Dutch and French names (Russian)', () => {
  it('reads «дю» as «де» is read', () => {
    expect(
      met(
        `${russianVisit('Кейптаун')}Затем состоялись переговоры с заместителем министра торговли ЮАР Питером дю Плесси.`,
      ),
    ).toEqual(['Питер дю Плесси']);
  });

  it('reads «фон унд цу» and «цу» inside a name', () => {
    expect(
      met(
        `${russianVisit('Мюнхен')}Делегация была принята президентом Баварской академии наук Людвигом фон унд цу Гуттенбергом.`,
      ),
    ).toEqual(['Людвиг фон унд цу Гуттенберг']);
    expect(
      met(
        `${russianVisit('Дрезден')}Затем состоялась встреча с министром культуры Саксонии Фридрихом цу Зальмом.`,
      ),
    ).toEqual(['Фридрих цу Зальм']);
  });

  it('reads «граф фон» inside a name, in any case', () => {
    expect(
      met(
        `${russianVisit('Штутгарт')}Затем состоялась встреча с председателем Комитета по делам Европы Конрадом графом фон Вальдбургом, который рассказал о работе комитета.`,
      ),
    ).toEqual(['Конрад граф фон Вальдбург']);
    expect(
      met(
        `${russianVisit('Вюрцбург')}Делегация была принята председателем ландтага Георгом графом фон Шёнборном.`,
      ),
    ).toEqual(['Георг граф фон Шёнборн']);
  });

  it('keeps reading «ван дер», «фон дер», «де ла»', () => {
    expect(
      met(`${russianVisit('Гаагу')}Затем состоялась встреча с министром Питером ван дер Хорстом.`),
    ).toEqual(['Питер ван дер Хорст']);
    expect(
      met(`${russianVisit('Берлин')}Затем состоялась встреча с министром Карлом фон дер Мюленом.`),
    ).toEqual(['Карл фон дер Мюлен']);
    expect(
      met(`${russianVisit('Мадрид')}Затем состоялась встреча с министром Хуаном де ла Фуэнте.`),
    ).toEqual(['Хуан де ла Фуэнте']);
  });
});

describe("a woman's given name in the instrumental before a surname that keeps its form", () => {
  it('reads «Маргаретой Хёльцль» as «Маргарета Хёльцль», a surname in «-ь» too', () => {
    expect(
      met(
        `${russianVisit('Вену')}Делегация была принята вице-председателем Бундесрата Австрийской Республики Розвитой Кёстль.`,
      ),
    ).toEqual(['Розвита Кёстль']);
    expect(
      met(
        `${russianVisit('Вену')}Затем состоялась встреча с депутатом Национального совета Австрии Анной Фрёль.`,
      ),
    ).toEqual(['Анна Фрёль']);
  });
});

describe('a title met unnamed whose name the next sentence gives (Russian)', () => {
  it('reads «провёл встречу с председателем …» and then «Председатель комитета A B рассказал»', () => {
    expect(
      roles(
        `${russianVisit('Бишкек')}Затем Иван Смирнов провёл встречу с председателем Государственного комитета по делам горнодобывающей промышленности Кыргызской Республики. Председатель комитета Нурлан Осмонов рассказал о новых месторождениях.`,
      ),
    ).toEqual([
      [
        'Нурлан Осмонов',
        'председатель',
        'Государственный комитет по делам горнодобывающей промышленности Кыргызской Республики',
      ],
    ]);
  });

  it('reads «встретилась с его руководством» and then the head named by title', () => {
    expect(
      met(
        `${russianVisit('Ханой')}Затем делегация посетила Национальный институт метрологии и встретилась с его руководством. Директор института Чан Ван Тхинь рассказал о новых эталонах.`,
      ),
    ).toEqual(['Чан Ван Тхинь']);
    expect(
      roles(
        `${russianVisit('Ханой')}Затем делегация посетила Национальную академию наук Вьетнама и встретилась с её руководством. Первый заместитель президента академии Чан Ван Тхинь рассказал о новых эталонах.`,
      ),
    ).toEqual([
      ['Чан Ван Тхинь', 'первый заместитель президента', 'Национальная академия наук Вьетнама'],
    ]);
    expect(
      roles(
        `${russianVisit('Ханой')}Затем делегация посетила Национальный институт метрологии и встретилась с его руководством. Директор института Чан Ван Тхинь рассказал о новых эталонах.`,
      ),
    ).toEqual([['Чан Ван Тхинь', 'директор', 'Национальный институт метрологии']]);
    expect(
      met(
        `${russianVisit('Душанбе')}Затем делегация встретилась с руководством Агентства по стандартизации. Первый заместитель директора агентства Рустам Саидзода рассказал о сертификации.`,
      ),
    ).toEqual(['Рустам Саидзода']);
  });

  it('reads no one from the leadership met when the next sentence names only the visitor', () => {
    expect(
      met(
        `${russianVisit('Ханой')}Затем делегация встретилась с руководством института. Руководитель Федерального агентства Иван Смирнов рассказал о работе агентства.`,
      ),
    ).toEqual([]);
  });
});

describe("a delegation of a foreign city's body visits the host at home (Russian)", () => {
  const release = (when: string) =>
    `Москва\n4 декабря 2026 г.\n\nВ Росархиве побывала делегация Городского собрания Праги\n\n${when} Российский государственный архив посетила делегация Городского собрания Праги во главе с председателем собрания Иржи Новаком.\n\nГости были приняты директором архива Андреем Юрасовым.`;

  it("reads the host's country, not the city of the delegation's body, and «позавчера»", () => {
    expect(visitOf(release('Позавчера'))).toEqual({
      country: 'RU',
      start: '2026-12-02',
      end: '2026-12-02',
    });
  });

  it('reads «вчера» and «сегодня» from the dateline', () => {
    expect(visitOf(release('Вчера'))).toMatchObject({ country: 'RU', start: '2026-12-03' });
    expect(visitOf(release('Сегодня'))).toMatchObject({ country: 'RU', start: '2026-12-04' });
  });

  it('keeps the city the delegation went to', () => {
    expect(
      visitOf(
        `Казань, 4 декабря 2026 г.\n\nДелегация Казани посетила Ташкент\n\n2 декабря делегация Городской думы Казани посетила Ташкент.`,
      ),
    ).toMatchObject({ country: 'UZ' });
  });
});

describe('initials written together before a surname (Russian)', () => {
  it('reads «О.Б. Ветрова» after a short name in capitals, with or without spaces', () => {
    expect(
      met(
        `${russianVisit('Минск')}Затем состоялась встреча с заместителем председателя ГКНТ Е.В. Ветровой.`,
      ),
    ).toEqual(['Е.В. Ветрова']);
    expect(
      met(
        `${russianVisit('Минск')}Затем состоялась встреча с заместителем председателя ГКНТ Е. В. Ветровой.`,
      ),
    ).toEqual(['Е. В. Ветрова']);
    expect(
      met(
        `${russianVisit('Минск')}Затем состоялась встреча с заместителем председателя ГКНТ П.С. Громовым.`,
      ),
    ).toEqual(['П.С. Громов']);
  });
});

describe('what the guests did after the meeting is no meeting (Russian)', () => {
  it('reads no one named in the genitive after «После встречи гости осмотрели …»', () => {
    expect(
      met(
        `${russianVisit('Ереван')}После встречи гости осмотрели здание мэрии и посетили станцию метро «Республика», известную своими витражами по эскизам Мартироса Сарьяна.`,
      ),
    ).toEqual([]);
  });

  it('still reads «после встречи с министром A B»', () => {
    expect(
      met(
        `${russianVisit('Ереван')}После встречи с министром культуры Армении Арменом Саркисяном гости посетили музей.`,
      ),
    ).toEqual(['Армен Саркисян']);
  });
});
