import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const RU_VISIT = '3 июня руководитель Федерального агентства Иван Смирнов посетил Загреб. ';

describe('a man’s surname in «-цкий» in the instrumental', () => {
  it('reads «был принят вице-премьером … Богданом Завадским», «с министром Олегом Кулецким» as «Богдан Завадский», «Олег Кулецкий» (Russian)', () => {
    expect(
      roles(
        `${RU_VISIT}Иван Смирнов был принят вице-премьером Республики Горской Богданом Завадским. Иван Смирнов встретился также с министром финансов Олегом Кулецким.`,
      ).map((r) => r[0]),
    ).toEqual(['Богдан Завадский', 'Олег Кулецкий']);
  });
});

const RU_HOSTED =
  'Москва, 3 декабря 2026 г.\n\nВчера в Москве побывал министр культуры Хорватии Иван Горич, посетивший Общество любителей книги. Гость был принят президентом Общества Артуром Петровым.\n\n';

describe('a host who tells the guests something, with an office a secretariat’s head may hold', () => {
  it('reads «Исполнительный директор Общества Марина Швец рассказала гостям о …» as someone met, not the traveller (Russian)', () => {
    expect(
      roles(
        `${RU_HOSTED}Исполнительный директор Общества Марина Швец рассказала гостям о выставках старинных книг.`,
      ).map((r) => r[0]),
    ).toEqual(['Артур Петров', 'Марина Швец']);
  });

  it('reads «Genel Sekreter Ayla Demir, konuk heyete … bilgi verdi» as someone met, not the traveller (Turkish)', () => {
    expect(
      roles(
        "Ankara, 6 Ekim 2026\n\nKurum Başkanı Ali Kaya, 1-3 Ekim tarihlerinde Hırvatistan'a çalışma ziyareti gerçekleştirdi. Kaya, Zagreb'de Hırvatistan Kültür Bakanı Ivan Horvat ile görüştü. Hırvatistan Yazarlar Birliği Genel Sekreteri Ayla Demir, konuk heyete Birliğin çalışmaları hakkında bilgi verdi.",
      ).map((r) => r[0]),
    ).toEqual(['Ivan Horvat', 'Ayla Demir']);
  });
});

describe('a surname whose vowel drops before its case ending', () => {
  it('reads «с заведующим лабораторией Антоном Зайцем», «Олегом Стрельцом» as «Антон Заяц», «Олег Стрелец» (Russian)', () => {
    expect(
      roles(
        `${RU_VISIT}Иван Смирнов встретился с заведующим лабораторией Антоном Зайцем и с директором музея Олегом Стрельцом.`,
      ).map((r) => r[0]),
    ).toEqual(['Антон Заяц', 'Олег Стрелец']);
  });
});

describe('an Arab woman’s given name in the instrumental before «бинт»', () => {
  it('reads «с директором Национального музея принцессой Рукайей бинт Аль-Фейсал» as «Рукайя бинт Аль-Фейсал» (Russian)', () => {
    expect(
      roles(
        '3 июня руководитель Федерального агентства Иван Смирнов посетил Амман. Запланированы переговоры с директором Национального музея принцессой Рукайей бинт Аль-Фейсал.',
      ).map((r) => r[0]),
    ).toEqual(['Рукайя бинт Аль-Фейсал']);
  });
});

describe('a second office after the first, in the instrumental', () => {
  it('reads «принят Председателем Правительства, министром экономики …» with both offices in the nominative (Russian)', () => {
    expect(
      roles(
        `${RU_VISIT}Иван Смирнов был принят Председателем Правительства, министром экономики Республики Горской Милошем Радичем.`,
      ).map((r) => r[1]),
    ).toEqual(['Председатель Правительства, министр экономики Республики Горской']);
  });

  it('reads «с первым заместителем Премьер-министра и министром финансов» with both offices in the nominative (Russian)', () => {
    expect(
      roles(
        `${RU_VISIT}Иван Смирнов встретился с первым заместителем Премьер-министра и министром финансов Гораном Ковачем.`,
      ).map((r) => r[1]),
    ).toEqual(['первый заместитель Премьер-министра и министр финансов']);
  });
});

describe('a court’s head, of a title written small', () => {
  it('parts «с председателем Верховного административного суда» into «председатель» of «Верховный административный суд» (Russian)', () => {
    expect(
      roles(
        `${RU_VISIT}Иван Смирнов встретился с председателем Верховного административного суда Драганом Илличем.`,
      ).map((r) => [r[1], r[2]]),
    ).toEqual([['председатель', 'Верховный административный суд']]);
  });
});

const TR_HOSTED =
  "Ankara\n2 Aralık 2026\n\nHırvatistan Kültür Bakanı Birliği ziyaret etti\n\nTürkiye Yazarlar Birliği (TYB) Genel Başkanı Ali Kaya, bugün Birlik binasında Hırvatistan Kültür Bakanı Ivan Horvat'ı kabul etti. ";

describe('a visit told by the host who received the guest', () => {
  it('reads «A, … Bakanı B’yi kabul etti» as A met and B the visitor (Turkish)', () => {
    expect(
      roles(
        `${TR_HOSTED}Horvat, ertesi gün Kültür ve Turizm Bakanı Mehmet Demir tarafından kabul edildi.`,
      ).map((r) => r[0]),
    ).toEqual(['Ali Kaya', 'Mehmet Demir']);
  });
});

describe('a date’s month and weekday before a name', () => {
  it('reads no person «Kasım Salı» in «A, 17 Kasım Salı günü … B’yi kabul etti» (Turkish)', () => {
    expect(
      roles(
        "Ankara\n27 Kasım 2026\n\nHırvatistan Kültür Bakanı Birliği ziyaret etti\n\nTürkiye Yazarlar Birliği Genel Başkanı Ali Kaya, 17 Kasım Salı günü Birlik binasında Hırvatistan Kültür Bakanı Ivan Horvat'ı kabul etti. Horvat, 18 Kasım Çarşamba günü Kültür ve Turizm Bakanı Mehmet Demir tarafından kabul edildi.",
      ).map((r) => r[0]),
    ).toEqual(['Ali Kaya', 'Mehmet Demir']);
  });
});

const TR_CROATIA =
  "Ankara, 6 Ekim 2026\n\nKurum Başkanı Ali Kaya, 1-3 Ekim tarihlerinde Hırvatistan'a çalışma ziyareti gerçekleştirdi.\n\n";

describe('a Turkish office held in an office, an exchange or a faculty named before it', () => {
  it('parts «… Denetim Ofisi Başkanı», «… Kıymetler Borsası Başkanı», «… Polisi Ajansı Komiseri» into the office and the body (Turkish)', () => {
    expect(
      roles(
        `${TR_CROATIA}Kaya, Zagreb'de Hırvatistan Kamu Denetim Ofisi Başkanı Ana Kovač ile görüştü. Kaya ayrıca Zagreb Menkul Kıymetler Borsası Başkanı Ivo Perić ile bir araya geldi. Kaya, 2 Ekim'de Hırvatistan Sınır Polisi Ajansı Komiseri Luka Babić tarafından kabul edildi.`,
      ).map((r) => [r[1], r[2]]),
    ).toEqual([
      ['Başkan', 'Hırvatistan Kamu Denetim Ofisi'],
      ['Başkan', 'Zagreb Menkul Kıymetler Borsası'],
      ['Komiser', 'Hırvatistan Sınır Polisi Ajansı'],
    ]);
  });

  it('parts «… Hukuk Fakültesi Dekanı Doç. Dr. A B» into «Dekan» of the faculty (Turkish)', () => {
    expect(
      roles(
        `${TR_CROATIA}Kaya, 3 Ekim'de Zagreb Üniversitesi Hukuk Fakültesi Dekanı Doç. Dr. Mira Kos ile görüştü.`,
      ),
    ).toEqual([['Mira Kos', 'Dekan', 'Zagreb Üniversitesi Hukuk Fakültesi']]);
  });
});

describe('a place named after a person, ending in «Arena»', () => {
  it('reads no person in «Kaya, daha sonra Dražen Petrović Arena’yı ziyaret etti» (Turkish)', () => {
    expect(
      roles(
        `${TR_CROATIA}Kaya, Zagreb'de Hırvatistan Kültür Bakanı Ivan Horvat ile görüştü. Kaya, daha sonra Dražen Petrović Arena'yı ziyaret etti.`,
      ).map((r) => r[0]),
    ).toEqual(['Ivan Horvat']);
  });
});

describe('one named as dead, «merhum», «покойный»', () => {
  it('reads no person in «merhum Kral A B anısına kurulan müzeyi ziyaret etti» (Turkish)', () => {
    expect(
      roles(
        `${TR_CROATIA}Kaya, Zagreb'de Hırvatistan Kültür Bakanı Ivan Horvat ile görüştü. Kaya, merhum Kral Tomislav Kosača anısına kurulan müzeyi de ziyaret etti.`,
      ).map((r) => r[0]),
    ).toEqual(['Ivan Horvat']);
  });

  it('reads no person in «встретился с министром … A B в фонде покойного короля C D» (Russian)', () => {
    expect(
      roles(
        `${RU_VISIT}Иван Смирнов встретился с министром культуры Хорватии Иваном Хорватом в фонде покойного короля Томислава Косачи.`,
      ).map((r) => r[0]),
    ).toEqual(['Иван Хорват']);
  });
});

describe('a Turkish title set off by commas after the name that opens the sentence', () => {
  it('reads «A B, Hırvatistan Yazarlar Birliği (HYB) Başkanı, konuk heyete … bilgi verdi» as «Başkan» of the union (Turkish)', () => {
    expect(
      roles(
        `${TR_CROATIA}Kaya, Zagreb'de Hırvatistan Kültür Bakanı Ivan Horvat ile görüştü. Marija Kovač, Hırvatistan Yazarlar Birliği (HYB) Başkanı, konuk heyete Birliğin çalışmaları hakkında bilgi verdi.`,
      ).slice(1),
    ).toEqual([['Marija Kovač', 'Başkan', 'Hırvatistan Yazarlar Birliği']]);
  });
});

describe('a Turkish committee’s head', () => {
  it('parts «Hırvatistan Parlamentosu Ekonomi Komitesi Başkanı» into «Başkan» of the committee, not of the parliament (Turkish)', () => {
    expect(
      roles(
        `${TR_CROATIA}Kaya, Zagreb'de Hırvatistan Parlamentosu Ekonomi Komitesi Başkanı Marko Babić ile görüştü. Kaya ayrıca Meclis Dış İlişkiler Komitesi Başkanı Ana Perić ile bir araya geldi.`,
      ).map((r) => [r[1], r[2]]),
    ).toEqual([
      ['Başkan', 'Hırvatistan Parlamentosu Ekonomi Komitesi'],
      ['Meclis Dış İlişkiler Komitesi Başkanı', null],
    ]);
  });
});

describe('an office that opens the sentence, its capital the sentence’s', () => {
  it('parts «Исполнительный директор Общества Марина Швец рассказала гостям …» into «исполнительный директор» of «Общество» (Russian)', () => {
    expect(
      roles(
        `${RU_HOSTED}Исполнительный директор Общества Марина Швец рассказала гостям о выставках старинных книг.`,
      ).slice(1),
    ).toEqual([['Марина Швец', 'исполнительный директор', 'Общество']]);
  });
});
