import { describe, expect, it } from 'vitest';
import { datesOf } from '../test/visitFacts.js';

describe('a trip told one stop a sentence, the later stop dated as the visitor goes on to it', () => {
  const TOUR =
    'Lakeside, 27 November 2026 – The Secretary General of the Northern Waters Council, Marit ' +
    'Ellingsen, has concluded a working tour of Norway and Sweden.\n\nIn Oslo, on 23 and 24 ' +
    'November, the Secretary General held talks with the Minister of Climate of Norway, Ms ' +
    'Kari Holmvik.\n\n';

  it('ends the visit on the day the visitor "flew to" the last stop', () => {
    expect(
      datesOf(
        `${TOUR}On 25 November the Secretary General flew to Stockholm. She was received by ` +
          'the Minister for Rural Affairs of Sweden, Dr Lena Borgquist.',
      ),
    ).toEqual(['2026-11-23', '2026-11-25']);
  });

  it('ends a Russian visit on the day the visitor «вылетела в» the last stop', () => {
    expect(
      datesOf(
        'Москва, 27 ноября 2026 г. – Председатель Совета северных вод Марина Елизарова ' +
          'завершила рабочую поездку по Норвегии и Швеции.\n\n23 и 24 ноября в Осло она провела ' +
          'переговоры с министром климата Норвегии Кари Хольмвик.\n\n25 ноября Марина Елизарова ' +
          'вылетела в Стокгольм. Там её принял министр сельского хозяйства Швеции Ларс Бергвик.',
      ),
    ).toEqual(['2026-11-23', '2026-11-25']);
  });

  it('leaves the end alone for a later day told of no journey (guard)', () => {
    expect(datesOf(`${TOUR}The Council's board will discuss the findings on 26 November.`)).toEqual(
      ['2026-11-23', '2026-11-24'],
    );
  });
});

describe('a weekday the visitor came home on, after a visit dated from one day to another', () => {
  it('reads "flew home on Sunday at the end of a visit from December 2–4" as the 2nd to the 4th', () => {
    expect(
      datesOf(
        'Lakeside, December 7, 2026 — The Director General of the Coastal Seed Bank, Dr. Ilse ' +
          'Varnholt, flew home to Lakeside on Sunday at the end of a visit to Chile from ' +
          'December 2–4. In Santiago she met the Minister of Agriculture, Tomás Irarrázaval.',
      ),
    ).toEqual(['2026-12-02', '2026-12-04']);
  });

  it('still ends a visit dated by its first day alone on the weekday of its end (guard)', () => {
    expect(
      datesOf(
        'Lakeside, December 7, 2026 — The Director General of the Coastal Seed Bank, Dr. Ilse ' +
          'Varnholt, on Friday concluded a working visit to Chile that began on December 2, ' +
          'meeting the Minister of Agriculture, Tomás Irarrázaval.',
      ),
    ).toEqual(['2026-12-02', '2026-12-04']);
  });
});

describe('a stay under way that will run until a dated day', () => {
  const HEAD = 'Lakeside, 7 December 2026 – The Director of the Tarvo Museum, Dr. Ada Kellner, ';

  it('reads "arrived today at the start of a four-day visit, which runs until Thursday, 10 December"', () => {
    expect(
      datesOf(
        `${HEAD}arrived in Bergen today at the start of a four-day visit to Norway, which ` +
          'runs until Thursday, 10 December. She will meet the Minister of Culture, Hanne Solberg Vik.',
      ),
    ).toEqual(['2026-12-07', '2026-12-10']);
  });

  it('reads "arrived today for talks that will go on until Thursday, 10 December"', () => {
    expect(
      datesOf(
        `${HEAD}arrived in Bergen today for talks on museum loans that will go on until ` +
          'Thursday, 10 December. She will meet the Minister of Culture, Hanne Solberg Vik.',
      ),
    ).toEqual(['2026-12-07', '2026-12-10']);
  });

  it('counts "a three-day visit that will run until 12 December" back from its last day', () => {
    expect(
      datesOf(
        `${HEAD}will pay a three-day visit to Norway, which will run until 12 December. ` +
          'She will meet the Minister of Culture, Hanne Solberg Vik.',
      ),
    ).toEqual(['2026-12-10', '2026-12-12']);
  });

  it('still counts "a three-day visit beginning on 9 December" from its first day (guard)', () => {
    expect(
      datesOf(
        `${HEAD}will pay a three-day visit to Norway beginning on 9 December. ` +
          'She will meet the Minister of Culture, Hanne Solberg Vik.',
      ),
    ).toEqual(['2026-12-09', '2026-12-11']);
  });
});

describe('a Russian dateline of a town the gazetteer does not know, a full stop after its year', () => {
  const BODY =
    'Председатель Фонда северных ремёсел Ольга Вересова на следующей неделе, со вторника по ' +
    'четверг, посетит Республику Карелия.\n\nВо вторник в Петрозаводске она встретится с ' +
    'министром культуры Республики Карелия Анной Петровной Лоухиной.';

  it('reads «Тарвоград, 3 декабря 2026 года.» as the day "next week" is told from', () => {
    expect(datesOf(`Тарвоград, 3 декабря 2026 года. ${BODY}`)).toEqual([
      '2026-12-08',
      '2026-12-10',
    ]);
  });

  it('reads «Тарвоград, 3 декабря 2026 г.» so too', () => {
    expect(datesOf(`Тарвоград, 3 декабря 2026 г. ${BODY}`)).toEqual(['2026-12-08', '2026-12-10']);
  });

  it('reads a known town with a dash after its date as before (guard)', () => {
    expect(datesOf(`Москва, 3 декабря 2026 г. – ${BODY}`)).toEqual(['2026-12-08', '2026-12-10']);
  });
});
