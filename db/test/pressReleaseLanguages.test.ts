import { describe, expect, it } from 'vitest';
import { readDateline } from '../pressRelease/dateline.js';
import { extractDraft } from '../pressRelease/extractDraft.js';
import { findDates } from '../pressRelease/pressDates.js';
import { findCountries } from '../pressRelease/gazetteer.js';
import './warmReader.js';

describe('dates, datelines and places in Russian and Turkish', () => {
  it('reads a Russian period "с 21 по 23 марта 2023 года"', () => {
    const [d] = findDates('с 21 по 23 марта 2023 года находился с визитом');
    expect(d?.start).toEqual({ year: 2023, month: 3, day: 21 });
    expect(d?.end).toEqual({ year: 2023, month: 3, day: 23 });
  });

  it('reads a Turkish period with suffixes "3 Ekim\'den 5 Ekim 2023\'e kadar"', () => {
    const [d] = findDates("3 Ekim'den 5 Ekim 2023'e kadar Ankara'da bulundu");
    expect(d?.start).toEqual({ year: null, month: 10, day: 3 });
    expect(d?.end).toEqual({ year: 2023, month: 10, day: 5 });
  });

  it('reads an English period with weekdays "from Monday, 11 September, to Wednesday, 13 September 2023"', () => {
    const [d] = findDates('from Monday, 11 September, to Wednesday, 13 September 2023');
    expect([d?.start.day, d?.end?.day, d?.end?.year]).toEqual([11, 13, 2023]);
  });

  it('reads a dateline on its own line in Russian and in Turkish', () => {
    expect(readDateline('Москва, 5 июня 2024 года')).toMatchObject({
      country: 'RU',
      date: '2024-06-05',
    });
    expect(readDateline('Bakü, 6 Haziran 2024')).toMatchObject({
      country: 'AZ',
      date: '2024-06-06',
    });
  });

  it('finds countries in Russian cases and with Turkish suffixes', () => {
    expect(findCountries('визит в Республике Армения').map((c) => c.country)).toEqual(['AM']);
    expect(findCountries("Gürcistan'a resmi ziyaret").map((c) => c.country)).toEqual(['GE']);
  });

  it("takes the visit's period, not the release's date, in a Russian release", () => {
    const draft = extractDraft(
      'Генеральный секретарь ОДКБ посетил Ереван\n\nЕреван, 24 марта 2023 года – Генеральный секретарь с 21 по 23 марта 2023 года находился с рабочим визитом в Республике Армения.',
    );
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2023-03-21', '2023-03-23']);
    expect(draft.visit.places[0]?.country).toBe('AM');
  });
});
