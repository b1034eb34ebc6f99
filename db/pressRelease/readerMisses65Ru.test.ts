import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const FUND =
  'Фонд горных языков\n\nМосква, 7 декабря 2026 года\n\nДиректор фонда посетил Армению\n\n' +
  'Директор фонда Иван Сомов 5 декабря посетил Ереван. ';

describe('a name written again in its own script in brackets', () => {
  it('reads one person, not a second one in Armenian letters', () => {
    expect(
      met(
        `${FUND}Директор Института языка Ашот Погосян (Աշոտ Պողոսյան) показал гостю ` +
          'словари и рукописи.',
      ),
    ).toEqual(['Ашот Погосян']);
  });

  it('reads one person, not a second one in Greek letters', () => {
    expect(
      met(
        `${FUND}Там он встретился с ректором Критского университета Никосом Пападопулосом ` +
          '(Νίκος Παπαδόπουλος).',
      ),
    ).toEqual(['Никос Пападопулос']);
  });
});

describe('an office and a body in the genitive after it', () => {
  it('parts a society named by a district adjective from its chairwoman', () => {
    expect(
      roles(
        `${FUND}Там он встретился с председателем Озёрского районного общества рыболовов ` +
          'Анной Сидоровой.',
      ),
    ).toEqual([['Анна Сидорова', 'председатель', 'Озёрское районное общество рыболовов']]);
  });

  it('parts a museum named by a district adjective from its director', () => {
    expect(
      roles(
        `${FUND}Директор Озёрского районного краеведческого музея Павел Иванов покажет гостю ` +
          'собрание музея.',
      ),
    ).toEqual([['Павел Иванов', 'директор', 'Озёрский районный краеведческий музей']]);
  });

  it('parts a bureau, whose noun does not decline, from its director', () => {
    expect(
      roles(
        `${FUND}Там он встретился с директором Национального бюро по туризму Анной ` + 'Сидоровой.',
      ),
    ).toEqual([['Анна Сидорова', 'директор', 'Национальное бюро по туризму']]);
  });

  it('keeps the head of a district as one title (guard)', () => {
    expect(roles(`${FUND}Там он встретился с главой Озёрского района Павлом Ивановым.`)).toEqual([
      ['Павел Иванов', 'глава Озёрского района', null],
    ]);
  });

  it("keeps the chairman of a district's executive committee as one title (guard)", () => {
    expect(
      roles(
        `${FUND}Гостей примет председатель Озёрского районного исполнительного комитета Павел ` +
          'Иванович Петров.',
      ),
    ).toEqual([
      ['Павел Иванович Петров', 'председатель Озёрского районного исполнительного комитета', null],
    ]);
  });

  it('keeps the acting head of a district as one title (guard)', () => {
    expect(
      roles(
        `${FUND}Исполняющий обязанности главы Озёрского района Павел Иванов познакомит ` +
          'гостей с работой инспекторов.',
      ),
    ).toEqual([['Павел Иванов', 'исполняющий обязанности главы Озёрского района', null]]);
  });
});

describe('a Tuvan patronymic of two words joined by a hyphen', () => {
  it('reads the rector named with it in a clause on the university visited', () => {
    expect(
      met(
        `${FUND}Затем гость побывал в Озёрском университете, где ректор Эртине Кара-оолович ` +
          'Монгуш рассказал о новой кафедре.',
      ),
    ).toEqual(['Эртине Кара-оолович Монгуш']);
  });

  it('reads a rector named with a patronymic of one word (guard)', () => {
    expect(
      met(
        `${FUND}Затем гость побывал в Озёрском университете, где ректор Эртине Кужугетович ` +
          'Монгуш рассказал о новой кафедре.',
      ),
    ).toEqual(['Эртине Кужугетович Монгуш']);
  });
});

describe('a host who holds a meeting for the guest', () => {
  it('reads "A B проведёт для гостьи встречу с …" as one met', () => {
    expect(
      met(
        `${FUND}Председатель Ассоциации народов Севера Озёрского района Евдокия Петровна ` +
          'Солдату проведёт для гостьи встречу с оленеводами.',
      ),
    ).toEqual(['Евдокия Петровна Солдату']);
  });

  it('leaves a meeting held for pupils, no guest, alone (guard)', () => {
    expect(
      met(
        `${FUND}Председатель Ассоциации народов Севера Озёрского района Евдокия Петровна ` +
          'Солдату проведёт для школьников встречу с оленеводами.',
      ),
    ).toEqual([]);
  });
});

describe('an office that opens the sentence, its capital from the sentence alone', () => {
  it("parts a society from its chairwoman's office written large at the sentence's start", () => {
    expect(
      roles(
        `${FUND}Председатель Ассоциации народов Севера Озёрского района Евдокия Петровна ` +
          'Петрова познакомит гостей с работой общин.',
      ),
    ).toEqual([
      ['Евдокия Петровна Петрова', 'председатель', 'Ассоциация народов Севера Озёрского района'],
    ]);
  });

  it("writes a town's mayor small", () => {
    expect(
      roles(`${FUND}Последний день прошёл в Гори. Мэр Гори Павел Петров провёл гостей по городу.`),
    ).toEqual([['Павел Петров', 'мэр Гори', null]]);
  });

  it("keeps the chairman of a state's parliament written large (guard)", () => {
    expect(
      roles(`${FUND}Председатель Верховного Хурала Республики Тыва Павел Петров принял делегацию.`),
    ).toEqual([['Павел Петров', 'Председатель Верховного Хурала Республики Тыва', null]]);
  });
});

describe("a Buddhist head lama's rank that opens his title", () => {
  it('reads the title from the rank on, not from the time before it', () => {
    expect(
      roles(
        `${FUND}В последний день визита Камбы-лама Республики Алтай Дамба Ооржак принял ` +
          'делегацию в монастыре.',
      ),
    ).toEqual([['Дамба Ооржак', 'Камбы-лама Республики Алтай', null]]);
  });

  it("leaves the rank and its style out of the name of a body's head named after it", () => {
    expect(
      roles(
        `${FUND}В среду гость будет принят главой Буддийской сангхи Алтая Пандито ` +
          'Хамбо-ламой Дамбой Ооржаком в монастыре.',
      ),
    ).toEqual([['Дамба Ооржак', 'глава', 'Буддийская сангха Алтая']]);
  });

  it('reads a minister named after the time in the same way (guard)', () => {
    expect(
      roles(
        `${FUND}В последний день визита министр культуры Республики Алтай Дамба Ооржак принял ` +
          'делегацию в театре.',
      ),
    ).toEqual([['Дамба Ооржак', 'министр культуры Республики Алтай', null]]);
  });
});

describe('a body named again by its noun after an office, another of that noun met before', () => {
  it('takes the university visited in the same sentence as the rector’s', () => {
    expect(
      roles(
        `${FUND}Вечером он встретился с проректором Озёрского технического университета Анной ` +
          'Ивановой. Во вторник делегация посетит Озёрский государственный университет ' +
          'информатики, где её примет ректор университета Павел Петров.',
      ),
    ).toEqual([
      ['Анна Иванова', 'проректор', 'Озёрский технический университет'],
      ['Павел Петров', 'ректор', 'Озёрский государственный университет информатики'],
    ]);
  });

  it('takes the university of the one met before when no other is visited (guard)', () => {
    expect(
      roles(
        `${FUND}Вечером он встретился с проректором Озёрского технического университета Анной ` +
          'Ивановой. Позже его примет ректор университета Павел Петров.',
      ),
    ).toEqual([
      ['Анна Иванова', 'проректор', 'Озёрский технический университет'],
      ['Павел Петров', 'ректор', 'Озёрский технический университет'],
    ]);
  });
});

describe('two ministers of one country named after their two offices', () => {
  it('gives each minister their own office and the country after the second', () => {
    expect(
      roles(
        `${FUND}Там директор фонда был принят министром финансов и министром культуры, ` +
          'образования и спорта Армении — Ашотом Погосяном и Анной Петросян.',
      ),
    ).toEqual([
      ['Ашот Погосян', 'министр финансов Армении', null],
      ['Анна Петросян', 'министр культуры, образования и спорта Армении', null],
    ]);
  });

  it('reads two ministers each named after a whole office of their own (guard)', () => {
    expect(
      roles(
        `${FUND}Там он встретился с министром финансов Армении Ашотом Погосяном и министром ` +
          'культуры Армении Анной Петросян.',
      ),
    ).toEqual([
      ['Ашот Погосян', 'министр финансов Армении', null],
      ['Анна Петросян', 'министр культуры Армении', null],
    ]);
  });
});

describe('a body where the visitor was, named before its head', () => {
  it('takes the university of the clause before «где» as the rector’s', () => {
    expect(
      roles(
        `${FUND}Затем гость побывал в Озёрском государственном университете, где ректор Эртине ` +
          'Кужугетович Монгуш рассказал о новой кафедре.',
      ),
    ).toEqual([['Эртине Кужугетович Монгуш', 'ректор', 'Озёрский государственный университет']]);
  });

  it('keeps the name in quotation marks of the centre visited', () => {
    expect(
      roles(
        `${FUND}Затем он побывал в Озёрском университете и в Озёрском научном центре «Дуу». ` +
          'Директор центра Анна Монгуш представила архив записей.',
      ),
    ).toEqual([['Анна Монгуш', 'директор', 'Озёрский научный центр «Дуу»']]);
  });

  it('reads a centre visited with no name after its noun as before (guard)', () => {
    expect(
      roles(
        `${FUND}Затем он побывал в Озёрском научном центре. Директор центра Анна Монгуш ` +
          'представила архив записей.',
      ),
    ).toEqual([['Анна Монгуш', 'директор', 'Озёрский научный центр']]);
  });
});

describe('one named in the nominative after an office in the instrumental', () => {
  it('takes the office set off after the name, not the one met before it', () => {
    expect(
      roles(
        `${FUND}«Мы готовы работать», — заявил после встречи с Генеральным секретарём Ашот ` +
          'Погосян, генеральный директор Озёрской железнодорожной компании.',
      ),
    ).toEqual([['Ашот Погосян', 'генеральный директор', 'Озёрская железнодорожная компания']]);
  });

  it('keeps the office before a name in the instrumental (guard)', () => {
    expect(
      roles(
        `${FUND}Затем он встретился с генеральным директором Озёрской железнодорожной ` +
          'компании Ашотом Погосяном, бывшим послом.',
      ),
    ).toEqual([['Ашот Погосян', 'генеральный директор', 'Озёрская железнодорожная компания']]);
  });
});

describe('a second host after «а», with a verb of her own', () => {
  it('reads both the mayor who showed the guests round and the director after «а»', () => {
    expect(
      met(
        `${FUND}Последний день прошёл в Гори. Мэр Гори Павел Петров провёл гостей по ` +
          'кварталам, а директор городского музея Анна Петрова пригласила фонд к участию в ' +
          'реставрации.',
      ),
    ).toEqual(['Павел Петров', 'Анна Петрова']);
  });

  it('reads the mayor alone when what follows «а» names no one (guard)', () => {
    expect(
      met(
        `${FUND}Последний день прошёл в Гори. Мэр Гори Павел Петров провёл гостей по ` +
          'кварталам, а вечером делегация улетела в Москву.',
      ),
    ).toEqual(['Павел Петров']);
  });
});
