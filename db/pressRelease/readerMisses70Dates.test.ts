import { describe, expect, it } from 'vitest';
import { datesOf } from '../test/visitFacts.js';

describe('the visit itself announced as still to come', () => {
  it('reads "the visit will take place from 14 to 17 December" in the notes as its days', () => {
    expect(
      datesOf(
        'Marvel Institute\nPress Office\n\nLisbon, 1 December 2026 – Institute President to ' +
          'visit Chile\n\nThe President of the Institute, Rui Mota, will travel to Chile in the ' +
          'middle of this month for a working visit to Santiago, where he is scheduled to meet ' +
          'the Minister of Agriculture, Ana Rojas Pinto.\n\nNotes to editors\nDates: the visit ' +
          'will take place from 14 to 17 December 2026.\nPress contact: press@marvel.example',
      ),
    ).toEqual(['2026-12-14', '2026-12-17']);
  });

  it('reads "the trip will be held on 9–11 December" as its days', () => {
    expect(
      datesOf(
        'Lisbon, 1 December 2026\n\nThe President of the Institute, Rui Mota, will visit ' +
          'Peru to meet the Rector of the National University, Elena Huamán Ccori. The trip ' +
          'will be held on 9–11 December 2026.',
      ),
    ).toEqual(['2026-12-09', '2026-12-11']);
  });

  it('still reads a forum to be held later as no day of the visit (guard)', () => {
    expect(
      datesOf(
        'Lisbon, 1 December 2026\n\nThe President of the Institute, Rui Mota, visited Peru ' +
          'on 28 and 29 November 2026 and met the Rector of the National University, Elena ' +
          'Huamán Ccori. A forum on Andean soils will be held in Lima on 20 January 2027.',
      ),
    ).toEqual(['2026-11-28', '2026-11-29']);
  });
});

describe('the day the visitor left the country visited', () => {
  it('ends a stay told by its first day on the day the visitor left the country', () => {
    expect(
      datesOf(
        'Tarvo Council\n\nThe Secretary of the Council, Jonas Weller, arrived in Lima on ' +
          'Thursday 26 November for a visit to Peru.\n\nOn Saturday Weller held talks with the ' +
          'Deputy Minister of Culture, Elena Huamán Ccori.\n\nHe left Peru on Sunday 29 ' +
          'November after a service in the cathedral.\n\nOslo, 30 November 2026',
      ),
    ).toEqual(['2026-11-26', '2026-11-29']);
  });

  it('reads «покинул Перу» as the last day of the stay', () => {
    expect(
      datesOf(
        'Москва, 30 ноября 2026 г.\n\nСекретарь совета Иван Петров прибыл в Лиму в четверг, ' +
          '26 ноября. В субботу он провёл переговоры с заместителем министра культуры Еленой ' +
          'Уаман. Петров покинул Перу в воскресенье, 29 ноября.',
      ),
    ).toEqual(['2026-11-26', '2026-11-29']);
  });

  it('keeps a visit dated from its first to its last day whatever day the visitor left (guard)', () => {
    expect(
      datesOf(
        'Tarvo Council\n\nThe Secretary of the Council, Jonas Weller, paid a visit to Peru from ' +
          '26 to 28 November 2026 and held talks with the Deputy Minister of Culture, Elena ' +
          'Huamán Ccori. He left Peru on Sunday 29 November.\n\nOslo, 30 November 2026',
      ),
    ).toEqual(['2026-11-26', '2026-11-28']);
  });
});
