import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import '../test/warmReader.js';

const days = (text: string) => {
  const { start_date, end_date } = extractDraft(text).visit;
  return [start_date, end_date];
};
const country = (text: string) => extractDraft(text).visit.places[0]?.country ?? null;

describe('a stay of a few days that opens “tomorrow”, its later days told by weekday', () => {
  it('runs that many days from the day after the dateline’s', () => {
    expect(
      days(
        'NORTH SEA LANGUAGES NETWORK\n\nPRESS RELEASE\n\nHarbourtown, 3 December 2026\n\n' +
          'The President of the North Sea Languages Network, Ann Veldmark, will pay a ' +
          'two-day visit beginning tomorrow to the border region. She will be welcomed by ' +
          'the Mayor, Jan Novak.\n\nOn Saturday the President will go on to the next town, ' +
          'where she is expected to hold talks with the Commissioner for Languages, Eva Horak.',
      ),
    ).toEqual(['2026-12-04', '2026-12-05']);
  });
});

describe('the towns of a country’s regions (English)', () => {
  it('place a visit told by its towns in its country', () => {
    expect(
      country(
        'NORTH SEA LANGUAGES NETWORK\n\nPRESS RELEASE\n\nHarbourtown, 3 December 2026\n\n' +
          'The President of the Network, Ann Veldmark, will visit the border region this ' +
          'week.\n\nThe programme starts in Görlitz, where the President will be welcomed by ' +
          'the Mayor, Jan Novak. In Potsdam she will meet the Minister of Culture, Eva Horak.',
      ),
    ).toBe('DE');
  });

  it('place a visit to an island’s towns in its country', () => {
    expect(
      country(
        'ISLANDS FORUM\n\nNews\n\nHarbourtown, 4 December 2026\n\nThe President of the Islands ' +
          'Forum, Ann Veldmark, was on the island on 1 and 2 December.\n\nAfter landing in ' +
          'Porto-Vecchio, the President held talks with the Mayor, Jan Novak.',
      ),
    ).toBe('FR');
  });
});

describe('a consul’s country (Russian)', () => {
  it('is the one that sent him, no place the visit went to', () => {
    expect(
      country(
        'ПАО «Северная руда»\n\nНорильск, 4 декабря 2026 г.\n\nВ понедельник директор ' +
          'компании Иван Петрович Смирнов провёл переговоры с министром финансов ЮАР Питером ' +
          'Молефе. В поездке его сопровождал Генеральный консул России Павел Орлов.',
      ),
    ).toBe('ZA');
  });
});

describe('the towns of a country (Russian)', () => {
  it('place a visit told by its towns, not at the dateline’s town', () => {
    expect(
      country(
        'ПАО «Северная руда»\n\nМосква, 1 декабря 2026 г.\n\nВ воскресенье директор ' +
          'компании Иван Петрович Смирнов провёл в Курдистане переговоры о поставках газа. ' +
          'В Киркуке Иван Смирнов встретился с губернатором провинции Азадом Карими.',
      ),
    ).toBe('IQ');
  });

  it('place a visit to a capital told in its cases', () => {
    expect(
      country(
        'ПАО «Северная руда»\n\nМосква, 4 декабря 2026 г.\n\nДиректор компании Иван ' +
          'Петрович Смирнов совершит визит в страну, который начнётся в понедельник. В ' +
          'Йоханнесбурге он проведёт переговоры с министром финансов Питером Молефе.',
      ),
    ).toBe('ZA');
  });
});

describe('a country’s name of a hyphened adjective (Russian)', () => {
  it('is read in the case that says where one goes', () => {
    expect(
      country(
        'ПАО «Северная руда»\n\nМосква, 4 декабря 2026 г.\n\nДиректор компании Иван ' +
          'Петрович Смирнов совершит визит в Южно-Африканскую Республику, который начнётся в ' +
          'понедельник. Он проведёт переговоры с министром финансов Питером Молефе.',
      ),
    ).toBe('ZA');
  });
});

describe('weekdays of next week told in the lead, before the sentence of the visit', () => {
  it('are read from the dateline’s day, not a week later', () => {
    expect(
      days(
        'RIVER BASIN FUND\n\nPress Release\n\nDecember 4, 2026\n\nFund Director to Travel to ' +
          'Peru and Chile\n\nWASHINGTON – Fund Director Ann Veldmark will travel to Peru and ' +
          'Chile from Tuesday through Thursday next week to review the compact.\n\nMs. ' +
          'Veldmark will land in Lima on Tuesday morning and meet the Minister of Production, ' +
          'Jorge Quispe.\n\nOn Wednesday she will visit a port near Lima.\n\nOn Thursday she ' +
          'will continue to Santiago, where she will meet the Minister of Finance, Rosa Vidal.',
      ),
    ).toEqual(['2026-12-08', '2026-12-10']);
  });
});
