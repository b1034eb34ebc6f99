import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('an English month whose days follow it in brackets', () => {
  it('reads "in the first days of December (1–3)" as 1 to 3 December', () => {
    expect(
      visitOf(
        'World Salt Forum\n\nGeneva, 4 December 2026\n\nSecretary General visits salt pans\n\n' +
          'The Secretary General of the World Salt Forum, Henrik Aalvik, visited Portugal in ' +
          'the first days of December (1–3) to see how salt pans are restored.\n\nThe visit ' +
          'opened in Aveiro on 1 December, where he met the Mayor of Aveiro, Rui Tavares Mendonça.',
      ),
    ).toEqual({ country: 'PT', start: '2026-12-01', end: '2026-12-03' });
  });
});

describe('an English stay told by its length and the weekday it ended on, with no "on"', () => {
  it('reads "a two-day visit to Portugal ending Tuesday" as the Monday and Tuesday', () => {
    expect(
      visitOf(
        'World Salt Forum\n\nGeneva, 2 December 2026\n\nSecretary General ends visit\n\n' +
          'The Secretary General of the World Salt Forum, Henrik Aalvik, has concluded a two-day ' +
          'visit to Portugal ending Tuesday, during which he discussed salt pans.\n\nIn Lisbon ' +
          'he held talks with the Minister of the Sea, Rui Tavares Mendonça.\n\nOn Tuesday the ' +
          'delegation visited Aveiro.',
      ),
    ).toEqual({ country: 'PT', start: '2026-11-30', end: '2026-12-01' });
  });
});

describe('an English period whose ends each open on a weekday, under "FOR IMMEDIATE RELEASE"', () => {
  it('reads "from Monday, Dec. 14, through Wednesday, Dec. 16" as 14 to 16 December', () => {
    expect(
      visitOf(
        'WORLD SALT FORUM\n\nFOR IMMEDIATE RELEASE\nDecember 4, 2026\n\nGENEVA – Secretary ' +
          'General Henrik Aalvik will visit Portugal from Monday, Dec. 14, through ' +
          'Wednesday, Dec. 16, to meet the keepers of salt pans.\n\nIn Aveiro he is scheduled ' +
          'to meet the Mayor of Aveiro, Rui Tavares Mendonça.',
      ),
    ).toEqual({ country: 'PT', start: '2026-12-14', end: '2026-12-16' });
  });
});

describe('a Russian dateline with its hour before the stamp of its update', () => {
  it('reads «4 декабря 2026 г., 18:40 (обновлено 5 декабря …)» as no day of the visit', () => {
    expect(
      visitOf(
        'СОЮЗ СОЛЕВАРОВ\n\nМосква, 4 декабря 2026 г., 18:40 (обновлено 5 декабря 2026 г., ' +
          '10:05)\n\nПредседатель союза побывал в Португалии\n\nВ первой декаде декабря, с 1 по ' +
          '3 число, председатель союза Иван Петров находился с рабочей поездкой в Португалии.' +
          '\n\n1 декабря в Лиссабоне Иван Петров встретился с министром моря Португалии Руем ' +
          'Мендоншей.',
      ),
    ).toEqual({ country: 'PT', start: '2026-12-01', end: '2026-12-03' });
  });
});

describe('a Russian period of days with their month as a number and no year', () => {
  it('reads «С 29.11 по 03.12» as 29 November to 3 December', () => {
    expect(
      visitOf(
        'Союз солеваров\n\nМосква, 4 декабря 2026 г.\n\nСолевары изучили опыт Португалии\n\n' +
          'С 29.11 по 03.12 делегация союза во главе с председателем Иваном Петровым совершила ' +
          'поездку в Португалию.\n\nВ Лиссабоне делегацию принял министр моря Португалии Руй ' +
          'Мендонша.\n\n30 ноября и 1 декабря делегация работала в Авейру.',
      ),
    ).toEqual({ country: 'PT', start: '2026-11-29', end: '2026-12-03' });
  });
});
