import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a weekday with «минувший» or «прошлый» is the one before the dateline', () => {
  it('reads «в минувший четверг» under a Monday dateline as the Thursday before (Russian)', () => {
    expect(
      visitOf(
        'Росстат и Статистическое управление Кении расширяют сотрудничество\n\nМосква, 14 сентября 2026 г. – В минувший четверг Росстат посетил с рабочим визитом Генеральный директор Статистического управления Кении Джеймс Мванги.\n\nГость был принят руководителем Росстата Петром Ивановым.',
      ),
    ).toMatchObject({ start: '2026-09-10', end: '2026-09-10' });
  });

  it('reads «в прошлую среду» under a Monday dateline as the Wednesday before (Russian)', () => {
    expect(
      visitOf(
        'Москва, 14 сентября 2026 г. – В прошлую среду Министр торговли Российской Федерации Иван Смирнов посетил с рабочим визитом Республику Гана.\n\nИван Смирнов встретился с Министром финансов Ганы Кваме Асанте.',
      ),
    ).toEqual({ country: 'GH', start: '2026-09-09', end: '2026-09-09' });
  });
});

describe('a planned visit whose weekdays come under a publication stamp at the end', () => {
  it('reads «на следующей неделе, во вторник и среду, посетит» from the stamp’s date (Russian)', () => {
    expect(
      visitOf(
        'Глава ведомства посетит Гану\n\nМинистр торговли Российской Федерации Иван Смирнов на следующей неделе, во вторник и среду, посетит Республику Гану с рабочим визитом.\n\nВ Аккре запланированы переговоры с Министром финансов Ганы Кваме Асанте.\n\nПресс-служба Минпромторга\n11 сентября 2026 г.',
      ),
    ).toMatchObject({ start: '2026-09-15', end: '2026-09-16' });
  });
});
