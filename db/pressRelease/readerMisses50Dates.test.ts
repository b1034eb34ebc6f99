import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('English weekdays alone told after the one dated day of a visit', () => {
  it('reads "arrived on Sunday 29 November … flew out on Thursday" as up to the Thursday', () => {
    expect(
      visitOf(
        'World Salt Forum\n\nGeneva, 4 December 2026\n\nSecretary General sees salt pans\n\n' +
          'The Secretary General of the World Salt Forum, Henrik Aalvik, arrived in Lisbon on ' +
          'Sunday 29 November for his first visit to Portugal. He flew out of Porto on Thursday ' +
          'after visiting three districts.\n\nOn Monday he called on the Minister of the Sea, ' +
          'Rui Tavares Mendonça.\n\nOn Wednesday the delegation drove to Aveiro.',
      ),
    ).toEqual({ country: 'PT', start: '2026-11-29', end: '2026-12-03' });
  });

  it('reads "began on Monday 30 November … on Friday, in Porto" as up to the Friday', () => {
    expect(
      visitOf(
        'World Salt Forum\n\nGENEVA, 5 December 2026 – The Secretary General of the World Salt ' +
          'Forum, Henrik Aalvik, this week made his first visit to the salt pans of Portugal.' +
          '\n\nThe visit began in Lisbon on Monday 30 November, where he met the Minister of the ' +
          'Sea, Rui Tavares Mendonça.\n\nOn Tuesday the delegation travelled to Aveiro.\n\nOn ' +
          'Thursday it crossed the river and on Friday, in Porto, met the Mayor of Porto, Joana ' +
          'Baptista Leal.',
      ),
    ).toEqual({ country: 'PT', start: '2026-11-30', end: '2026-12-04' });
  });
});

describe('a Turkish weekday alone told after the dated day in the same sentence', () => {
  it('reads «8 Aralık Salı günü … ulaşacak heyet, Cuma günü … dönecek» as 8 to 11 December', () => {
    expect(
      visitOf(
        'TUZ DERNEĞİ\nBasın Bülteni\n\nİstanbul, 4 Aralık 2026, Cuma\n\nTuz Derneği heyeti ' +
          "Portekiz'e gidiyor\n\nTuz Derneği Genel Başkanı Ahmet Durmaz başkanlığındaki heyet, " +
          "Portekiz'e bir çalışma ziyareti gerçekleştirecek. 8 Aralık Salı günü Lizbon'a " +
          'ulaşacak heyet, Cuma günü Porto üzerinden yurda dönecek.\n\nÇarşamba günü ' +
          "Aveiro'ya geçecek heyet tuz tavalarını ziyaret edecek.",
      ),
    ).toEqual({ country: 'PT', start: '2026-12-08', end: '2026-12-11' });
  });
});

describe('an English stay told as days spent, from its first day', () => {
  it('reads "will spend three days in Portugal, beginning on Thursday 10th December"', () => {
    expect(
      visitOf(
        'WORLD SALT FORUM\n\nNEWS\n2nd December 2026\n\nSecretary General to visit salt pans\n\n' +
          'The Secretary General of the World Salt Forum, Henrik Aalvik, will spend three days ' +
          'in Portugal, beginning on Thursday 10th December, to see how salt pans are kept.\n\n' +
          'He will begin in Lisbon with a meeting with the Minister of the Sea, Rui Tavares ' +
          'Mendonça.\n\nOn the second day he will visit Aveiro.',
      ),
    ).toEqual({ country: 'PT', start: '2026-12-10', end: '2026-12-12' });
  });
});

describe('the day of issue written the ISO way, the year first', () => {
  it('reads "Press Release / 2026-12-04" as the day the visit\'s days take their year from', () => {
    expect(
      visitOf(
        'World Salt Forum\n\nPress Release\n2026-12-04\n\nSecretary General visits salt pans\n\n' +
          'Lisbon — The Secretary General of the World Salt Forum, Henrik Aalvik, paid a working ' +
          'visit to Lisbon and Aveiro from 1 to 3 December at the invitation of the Minister of ' +
          'the Sea, Rui Tavares Mendonça.',
      ),
    ).toEqual({ country: 'PT', start: '2026-12-01', end: '2026-12-03' });
  });
});

describe('a note of the release updated, above its text', () => {
  it('reads no date of "UPDATE, 5 December 2026: the visit has been moved" as the visit\'s', () => {
    expect(
      visitOf(
        'WORLD SALT FORUM\n\nPress release – 2 December 2026\nUPDATE, 5 December 2026: ' +
          'the visit has been moved back by two days because of weather. The dates below have ' +
          'been corrected.\n\nSecretary General to visit the salt pans\n\nGeneva – ' +
          'The Secretary General of the World Salt Forum, Henrik Aalvik, will travel to ' +
          'Portugal for a four-day visit from 9 to 12 December (originally planned for 7 to 10 ' +
          'December).\n\nIn Lisbon he is to call on the Minister of the Sea, Rui Tavares ' +
          'Mendonça.',
      ),
    ).toEqual({ country: 'PT', start: '2026-12-09', end: '2026-12-12' });
  });

  it('reads «Обновлено …: поездка продлена … до 11 декабря» as the end of «с 8 по 10 декабря»', () => {
    expect(
      visitOf(
        'СОЮЗ СОЛЕВАРОВ\n\nМосква, 3 декабря 2026 г.\nОбновлено 5 декабря 2026 г.: по просьбе ' +
          'принимающей стороны поездка продлена на один день – до 11 декабря включительно.\n\n' +
          'Председатель союза посетит Португалию\n\nС 8 по 10 декабря председатель союза Иван ' +
          'Петров совершит рабочую поездку в Португалию.\n\nВ Лиссабоне запланирована встреча с ' +
          'министром моря Португалии Руем Мендоншей.',
      ),
    ).toEqual({ country: 'PT', start: '2026-12-08', end: '2026-12-11' });
  });
});

describe('an English traveller who will travel to a region and its country', () => {
  it('reads "Geneva – … will travel to Algarve, Portugal, for a visit" as Portugal', () => {
    expect(
      visitOf(
        'WORLD SALT FORUM\n\nPress release – 2 December 2026\n\nSecretary General to see the ' +
          'salt pans\n\nGeneva – The Secretary General of the World Salt Forum, Henrik Aalvik, ' +
          'will travel to Algarve, Portugal, for a four-day visit from 9 to 12 December.\n\n' +
          'In Lisbon he is to call on the Minister of the Sea, Rui Tavares Mendonça.',
      ),
    ).toEqual({ country: 'PT', start: '2026-12-09', end: '2026-12-12' });
  });
});

describe("a town of eastern and southern Taiwan as the host's dateline", () => {
  it('reads "Chiayi — The Chief Executive of the Museum of New Zealand … visit" as Taiwan', () => {
    expect(
      visitOf(
        'Salt Museum of Taiwan\n\nPress Release\n4 December 2026\n\nMuseum director visits ' +
          'the salt museum\n\nChiayi — The Chief Executive of the Museum of New Zealand Salt ' +
          'History, Dr Henrik Aalvik, paid a working visit to Chiayi and Keelung from 1 to 3 ' +
          'December at the invitation of the Salt Museum.',
      ),
    ).toEqual({ country: 'TW', start: '2026-12-01', end: '2026-12-03' });
  });
});
