import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const SOILS =
  'Фонд почвоведения\n\nМосква, 7 декабря 2026 года\n\nДиректор фонда посетит Азербайджан\n\n' +
  'С 5 по 7 декабря директор фонда Иван Сомов посетит Баку. ';

describe("an Azerbaijani name with the father's name and «оглы» or «кызы»", () => {
  it('keeps a given name the reader does not know after a body named in the genitive', () => {
    expect(
      roles(
        `${SOILS}Затем гость посетит Институт почвоведения, где его примет директор института ` +
          'Гюльтар Расим кызы Меликова.',
      ),
    ).toEqual([['Гюльтар Расим кызы Меликова', 'директор', 'Институт почвоведения']]);
  });

  it('keeps a given name in «-а» the reader does not know after a body in the genitive', () => {
    expect(
      roles(
        `${SOILS}Затем гость посетит Институт почвоведения, где его примет директор института ` +
          'Сейрана Расим кызы Меликова.',
      ),
    ).toEqual([['Сейрана Расим кызы Меликова', 'директор', 'Институт почвоведения']]);
  });

  it("reads a woman's undeclined given name before her surname in the instrumental", () => {
    expect(
      roles(
        `${SOILS}Он посетит Шекинское отделение Академии почв, где познакомится с председателем ` +
          'отделения Айтен Расим кызы Меликовой.',
      ),
    ).toEqual([['Айтен Расим кызы Меликова', 'председатель', 'Шекинское отделение Академии почв']]);
  });

  it("keeps a man's name with «оглы» whole after a body in the genitive (guard)", () => {
    expect(
      roles(
        `${SOILS}Затем гость посетит Институт почвоведения, где его примет директор института ` +
          'Рашад Расим оглы Меликов.',
      ),
    ).toEqual([['Рашад Расим оглы Меликов', 'директор', 'Институт почвоведения']]);
  });

  it('keeps a given name in «-и» before «оглы», the body in the genitive left out', () => {
    expect(
      met(`${SOILS}Он встретился с председателем Озёрного Кенеша Ниязи Расим оглы Меликовым.`),
    ).toEqual(['Ниязи Расим оглы Меликов']);
  });
});

describe('one the guest gets to know, named by an office', () => {
  it('reads «познакомится с председателем A B» as a meeting', () => {
    expect(
      met(
        `${SOILS}В Шеки он познакомится с председателем Шекинского общества почвоведов Анной ` +
          'Гулиевой.',
      ),
    ).toEqual(['Анна Гулиева']);
  });

  it('reads no one met in «познакомится с работой порта» (guard)', () => {
    expect(met(`${SOILS}В Шеки он познакомится с работой порта Анны Гулиевой.`)).toEqual([]);
  });
});

const PORT =
  'Фонд морских языков\n\nОдесса, 3 декабря 2026 года\n\nДелегация фонда работает в Грузии\n\n' +
  'Делегация фонда во главе с директором Иваном Сомовым со 2 по 4 декабря находится с визитом ' +
  'в Грузии. ';

describe('a programme told in the present as it goes on', () => {
  it('reads a host who shows the guests something, a surname that does not decline', () => {
    expect(
      roles(
        `${PORT}Сегодня генеральный директор Кобулетского торгового порта Леван Гогия ` +
          'показывает гостям новый терминал.',
      ),
    ).toEqual([['Леван Гогия', 'генеральный директор', 'Кобулетский торговый порт']]);
  });

  it('reads a host who gives a dinner in the guests’ honour', () => {
    expect(met(`${PORT}Вечером мэр города Леван Гогия даёт в честь гостей ужин в ратуше.`)).toEqual(
      ['Леван Гогия'],
    );
  });

  it('reads the head of an autonomous republic named after its noun', () => {
    expect(
      roles(
        `${PORT}Вечером гостей принял председатель правительства Автономной Республики Сванетия ` +
          'Тариэл Беришвили.',
      ),
    ).toEqual([
      ['Тариэл Беришвили', 'председатель правительства Автономной Республики Сванетия', null],
    ]);
  });

  it('keeps a name after an autonomous republic named by its adjective (guard)', () => {
    expect(
      met(
        `${PORT}Вечером гостей принял председатель правительства Северской Автономной ` +
          'Республики Тариэл Беришвили.',
      ),
    ).toEqual(['Тариэл Беришвили']);
  });

  it('reads the hosts who receive the guest in a clause on the place', () => {
    expect(
      met(`${PORT}Затем делегация едет в Кварели, где директора принимает мэр города Леван Гогия.`),
    ).toEqual(['Леван Гогия']);
  });

  it('still reads a host who showed the guests something (guard)', () => {
    expect(
      met(`${PORT}Генеральный директор речного порта Леван Гогия показал гостям терминал.`),
    ).toEqual(['Леван Гогия']);
  });
});

describe('a married couple named by both given names and one surname', () => {
  it('reads each spouse under the surname that does not decline', () => {
    expect(
      roles(
        `${PORT}В пятницу делегация едет в Кварели, где директора принимают супруги Леван и ` +
          'Нино Гогия, которые держат семейный пансион.',
      ),
    ).toEqual([
      ['Леван Гогия', null, null],
      ['Нино Гогия', null, null],
    ]);
  });

  it('reads each spouse under the surname in the singular', () => {
    expect(met(`${PORT}В пятницу гостей принимают супруги Иван и Мария Сорокины.`)).toEqual([
      'Иван Сорокин',
      'Мария Сорокина',
    ]);
  });
});

const SOCIETY =
  'Фонд почвоведения — пресс-служба\n1 декабря 2026 г.\n\nВице-президент фонда завершил визит в ' +
  'Азербайджан\n\nБаку. Вчера завершился двухдневный визит в Азербайджан вице-президента Фонда ' +
  'почвоведения Павла Игоревича Сомова, начавшийся накануне в Баку. ';

describe('one who acts together with the visitor', () => {
  it('reads «он и председатель A B провели пресс-конференцию» as a meeting', () => {
    expect(
      roles(
        `${SOCIETY}После этого он и председатель Общества почвоведов Азербайджана Фуад Гасанов ` +
          'провели совместную пресс-конференцию.',
      ),
    ).toEqual([['Фуад Гасанов', 'председатель', 'Общество почвоведов Азербайджана']]);
  });

  it('reads the sides who sign an agreement, listed after a colon', () => {
    expect(
      met(
        `${SOILS}Соглашение подпишут три стороны: И. Сомов, ректор Шекинского ` +
          'университета Фуад Гасанов и директор Института почв Анар Мамедов.',
      ),
    ).toEqual(['Фуад Гасанов', 'Анар Мамедов']);
  });

  it('reads no one met when the visitor alone held a press conference (guard)', () => {
    expect(met(`${SOCIETY}После этого он провёл пресс-конференцию для журналистов.`)).toEqual([]);
  });
});

describe('a host who received the visitor in a town, named before his office', () => {
  it('reads the host, not the visitor named by initials in the accusative', () => {
    expect(
      roles(
        `${SOCIETY}Вечером П. И. Сомова принял в Шеки глава Исполнительной власти Шекинского ` +
          'района Фуад Гасанов.',
      ),
    ).toEqual([['Фуад Гасанов', 'глава Исполнительной власти Шекинского района', null]]);
  });

  it('still reads the host named right after the verb (guard)', () => {
    expect(
      roles(`${SOCIETY}Вечером П. И. Сомова принял глава Шекинского района Фуад Гасанов.`),
    ).toEqual([['Фуад Гасанов', 'глава Шекинского района', null]]);
  });
});

const STEPPE =
  'Фонд горных языков\n\nМосква, 7 декабря 2026 года\n\nДиректор фонда посетил Северию\n\n' +
  'Директор фонда Иван Сомов 5 декабря посетил Дархан. ';

describe('an office after the word of what came next', () => {
  it('leaves «затем» out of the title of one who showed the guests round', () => {
    expect(
      roles(
        `${STEPPE}Его принял губернатор аймака Ганзоригийн Мунх, а затем генеральный директор ` +
          'металлургического комбината «Дархан» Бямбын Болд показал гостям цех.',
      ),
    ).toEqual([
      ['Ганзоригийн Мунх', 'губернатор аймака', null],
      ['Бямбын Болд', 'генеральный директор', 'металлургический комбинат «Дархан»'],
    ]);
  });
});

describe('an office in a body the sentence names in the prepositional', () => {
  it('reads the body named before as the organisation of «председатель секции академии»', () => {
    expect(
      roles(
        `${STEPPE}В Академии наук Северии делегацию принял председатель 3-й секции академии ` +
          'Бямбын Болд.',
      ),
    ).toEqual([['Бямбын Болд', 'председатель 3-й секции', 'Академия наук Северии']]);
  });

  it('keeps the title whole when its last noun is not the body named (guard)', () => {
    expect(
      roles(
        `${STEPPE}В Академии наук Северии делегацию принял глава Дарханского района Бямбын Болд.`,
      ),
    ).toEqual([['Бямбын Болд', 'глава Дарханского района', null]]);
  });
});
