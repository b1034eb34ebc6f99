import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import '../test/warmReader.js';

const days = (text: string) => {
  const { start_date, end_date } = extractDraft(text).visit;
  return [start_date, end_date];
};
const country = (text: string) => extractDraft(text).visit.places[0]?.country ?? null;

// A release dated on two lines, a town named with its river above the date.
const riverDateline =
  'NORTHERN TRADE BANK\n\nPress release\n\nDresden an der Elbe\n4 December 2026\n\n' +
  'Bank visit to the coast\n\n' +
  'The Chair of the Northern Trade Bank, Ann Veldmark, will travel to the Kenyan coast in the ' +
  'second week of December, Tuesday to Thursday.\n\nOn Tuesday, in Mombasa, she will hold ' +
  'talks with the Governor, Jan Novak.';

describe('a dateline’s town named with its river, on a line above the date', () => {
  it('is the issuing office’s, not the place of the visit', () => {
    expect(country(riverDateline)).toBe('KE');
  });

  it('dates the release, so a week of the month told after it is read from it', () => {
    expect(days(riverDateline)).toEqual(['2026-12-08', '2026-12-10']);
  });
});

// A dateline whose update stamp ends with the hour and its time zone.
const zonedStamp =
  'ISLANDS INVESTMENT FUND\n\nNews release\n\n' +
  'Manchester, 4 December 2026 | Updated 4 December 2026, 11:30 GMT\n\n' +
  'Fund commits to island businesses\n\n' +
  'The Chair of the Islands Investment Fund, Ann Veldmark, held meetings in Mombasa on the ' +
  '1st and in the hills on the 3rd.\n\nIn Mombasa she met the Governor, Jan Novak.';

describe('a dateline whose update stamp gives the hour’s time zone', () => {
  it('is read as the release’s, its town no place of the visit', () => {
    expect(country(zonedStamp)).toBe('KE');
  });

  it('dates the days of the month told alone ("on the 1st and on the 3rd")', () => {
    expect(days(zonedStamp)).toEqual(['2026-12-01', '2026-12-03']);
  });
});

describe('a country named just before the Turkish word of the visit (“Kenya ziyareti”)', () => {
  it('is the country gone to, not the town of the delegation’s body', () => {
    expect(
      country(
        'KUZEY BELEDİYESİ\n\nBursa, 3 Aralık 2026\n\nBursa heyeti Kenya’da\n\n' +
          'Bursa Belediyesi Genel Sekreteri Ali Veli Yılmaz başkanlığındaki heyet, üç günlük ' +
          'Kenya ziyaretini dün tamamladı. Heyet, pazartesi günü Su İşleri Müdürü Jan Novak’la ' +
          'görüştü.',
      ),
    ).toBe('KE');
  });
});

describe('a weekday told after a period written month first (“December 14–16”)', () => {
  it('falls within the period, not in the week after it', () => {
    expect(
      days(
        'NORTHERN TRADE BANK\n\nHarbourtown, December 4, 2026\n\nThe President of the Northern ' +
          'Trade Bank, Ann Veldmark, will travel to Kenya December 14–16 to review the ' +
          'programme.\n\nThe visit will open in Mombasa on Monday with a working meeting with ' +
          'the Governor, Jan Novak.\n\nOn December 15 the delegation will travel north.',
      ),
    ).toEqual(['2026-12-14', '2026-12-16']);
  });
});

describe('a period written with its weekdays and month short (“Tue 8 – Thu 10 Dec”)', () => {
  it('is read as the visit’s days', () => {
    expect(
      days(
        'NORTHERN TRADE BANK\n\nHARBOURTOWN, 4 December 2026 – The President of the Northern ' +
          'Trade Bank, Ann Veldmark, will visit the coast of Kenya from Tue 8 – Thu 10 Dec, to ' +
          'hear from local authorities.\n\nOn Tuesday, after a meeting in Mombasa with the ' +
          'Governor, Jan Novak, she will fly north.',
      ),
    ).toEqual(['2026-12-08', '2026-12-10']);
  });
});

describe('a dateline whose update stamp gives only the hour («(обновлено в 17:05)»)', () => {
  it('is read as the release’s, so the period of the visit stands as written', () => {
    expect(
      days(
        'ПАО «Северная руда»\n\nНовости\n\nНорильск, 4 декабря 2026 г. (обновлено в 17:05)\n\n' +
          'Компания вышла на новый рынок\n\nС 28 ноября по 2 декабря делегация компании во ' +
          'главе с директором Иваном Петровичем Смирновым совершила поездку по Республике ' +
          'Кения.\n\n29 ноября делегация провела переговоры с министром торговли Кении Питером ' +
          'Молефе.',
      ),
    ).toEqual(['2026-11-28', '2026-12-02']);
  });
});

describe('two days of the month told after it, the last with its ending («декабря, 2 и 3-го»)', () => {
  it('are the visit’s first and last days', () => {
    expect(
      days(
        'АО «Северная руда»\n\nНовости\n\nНорильск, 4 декабря 2026 г.\n\nКомпания обсудила ' +
          'сотрудничество\n\nВ начале декабря, 2 и 3-го, делегация компании во главе с ' +
          'директором Иваном Петровичем Смирновым находилась с рабочим визитом в Республике ' +
          'Кения.\n\n2 декабря состоялись переговоры с министром торговли Кении Питером Молефе.',
      ),
    ).toEqual(['2026-12-02', '2026-12-03']);
  });
});
